/**
 * Canned-reply placeholders: a fixed list of names, substituted in one left-to-right pass.
 * Deliberately not a template engine (Handlebars-style injection, SECURITY.md): nothing is
 * evaluated, and substituted values are plain text that is never scanned again.
 *
 * Syntax: `{{ name }}` or `{{ name | "fallback" }}`, spaces optional. A fallback is double-quoted
 * and may not contain `"`, braces or line breaks. Anything else that opens with `{{` is not a
 * placeholder: saving refuses it (findUnknownPlaceholders) and rendering leaves it as written.
 */

export const PLACEHOLDERS = [
  { key: "customer.first_name", description: "The customer's first name (a guest's name as given)" },
  { key: "customer.last_name", description: "The customer's last name" },
  { key: "customer.email", description: "The customer's email address" },
  { key: "order.display_id", description: "The number of the order linked to the ticket" },
  { key: "order.status", description: "The status of the order linked to the ticket" },
  { key: "order.total", description: "The total of the order linked to the ticket, with its currency" },
  { key: "ticket.display_id", description: "The ticket number" },
  { key: "ticket.subject", description: "The ticket subject" },
  { key: "agent.first_name", description: "Your first name" },
  { key: "store.name", description: "The store name" },
  { key: "order.items", description: "The items of the order linked to the ticket, one per line" },
  { key: "order.tracking_links", description: "The tracking links of the order's shipments, one per line" },
  { key: "order.fulfillment_status", description: "The fulfillment status of the order (e.g. shipped)" },
  { key: "order.payment_status", description: "The payment status of the order (e.g. captured)" },
  { key: "order.shipping_address.city", description: "The city of the order's shipping address" },
  { key: "return.label_url", description: "The label of the order's latest return, where Medusa has one" },
] as const

export type PlaceholderKey = (typeof PLACEHOLDERS)[number]["key"]
export type PlaceholderValues = Partial<Record<PlaceholderKey, string | number | null | undefined>>

const KEYS = new Set<string>(PLACEHOLDERS.map((p) => p.key))
const MAX_FALLBACK_LENGTH = 200
// Reported snippets are cut so an error message stays readable.
const MAX_REPORTED_LENGTH = 60

// Tried only where a "{{" starts (sticky). Keys (two or three dotted segments) are checked
// against KEYS afterwards, so `{{store.name.length}}` stays unknown.
const PLACEHOLDER = new RegExp(
  String.raw`\{\{\s*([a-z_]+\.[a-z_]+(?:\.[a-z_]+)?)\s*(?:\|\s*"([^"{}\r\n]{0,${MAX_FALLBACK_LENGTH}})"\s*)?\}\}`,
  "y"
)

type Token =
  | { kind: "text"; text: string }
  | { kind: "placeholder"; key: PlaceholderKey; fallback: string | null }
  | { kind: "unknown"; text: string }

/** Splits a body into literal text, placeholders and things that open with `{{` but are not one. */
function tokenize(body: string): Token[] {
  const tokens: Token[] = []
  let textStart = 0
  let i = body.indexOf("{{")
  while (i !== -1) {
    if (i > textStart) tokens.push({ kind: "text", text: body.slice(textStart, i) })
    PLACEHOLDER.lastIndex = i
    const m = PLACEHOLDER.exec(body)
    let end: number
    if (m && KEYS.has(m[1])) {
      tokens.push({ kind: "placeholder", key: m[1] as PlaceholderKey, fallback: m[2] ?? null })
      end = PLACEHOLDER.lastIndex
    } else {
      // Up to the next "}}", or to the end when it is never closed.
      const close = body.indexOf("}}", i + 2)
      end = close === -1 ? body.length : close + 2
      tokens.push({ kind: "unknown", text: body.slice(i, end) })
    }
    textStart = end
    i = body.indexOf("{{", end)
  }
  if (textStart < body.length) tokens.push({ kind: "text", text: body.slice(textStart) })
  return tokens
}

function shorten(s: string): string {
  const chars = [...s]
  return chars.length > MAX_REPORTED_LENGTH ? chars.slice(0, MAX_REPORTED_LENGTH).join("") + "…" : s
}

/**
 * Everything in `body` that opens with `{{` but is not a documented placeholder with an optional
 * well-formed fallback, as written (shortened when long), each once, in order of appearance.
 */
export function findUnknownPlaceholders(body: string): string[] {
  const found = tokenize(body)
    .filter((t): t is Extract<Token, { kind: "unknown" }> => t.kind === "unknown")
    .map((t) => shorten(t.text))
  return [...new Set(found)]
}

function present(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null
  return value.trim() ? value : null
}

/**
 * Fills the placeholders of `body` with `values` as plain text. A missing or blank value gives
 * the placeholder's fallback, or "" without one. Values are never scanned for placeholders and
 * never interpreted (no `$&` replacement patterns, no HTML); anything not a placeholder is kept.
 */
export function renderPlaceholders(body: string, values: PlaceholderValues): string {
  return tokenize(body)
    .map((t) => {
      if (t.kind !== "placeholder") return t.text
      return present(values[t.key]) ?? t.fallback ?? ""
    })
    .join("")
}

type Label = { tracking_number?: string | null; tracking_url?: string | null; label_url?: string | null }
type Fulfillment = { canceled_at?: unknown; labels?: (Label | null)[] | null } | null

export type TrackingLink = { tracking_number: string | null; url: string }

/** A link a shopper may be sent: http(s) only (a label's "#" or a javascript: URL is no link). */
export function safeLink(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null
  } catch {
    return null
  }
}

/** The tracking links of an order's fulfillments that are not canceled, each once. */
export function trackingLinks(fulfillments: Fulfillment[] | null | undefined): TrackingLink[] {
  const seen = new Set<string>()
  const out: TrackingLink[] = []
  for (const f of fulfillments ?? []) {
    if (!f || f.canceled_at) continue
    for (const label of f.labels ?? []) {
      const url = safeLink(label?.tracking_url)
      if (!url || seen.has(url)) continue
      seen.add(url)
      out.push({ tracking_number: label?.tracking_number || null, url })
    }
  }
  return out
}

/** The links as lines of plain text, e.g. "DHL123: https://...". */
export function formatTrackingLinks(links: TrackingLink[]): string {
  return links.map((l) => (l.tracking_number ? `${l.tracking_number}: ${l.url}` : l.url)).join("\n")
}

/** The label of the order's latest return that has one (Medusa keeps labels on the return's fulfillment). */
export function returnLabelUrl(
  returns: ({ created_at?: unknown; canceled_at?: unknown; fulfillments?: Fulfillment[] | null } | null)[] | null | undefined
): string | null {
  const sorted = [...(returns ?? [])]
    .filter((r): r is NonNullable<typeof r> => !!r && !r.canceled_at)
    .sort((a, b) => new Date(String(b.created_at ?? 0)).getTime() - new Date(String(a.created_at ?? 0)).getTime())
  for (const r of sorted) {
    for (const f of r.fulfillments ?? []) {
      for (const label of f?.labels ?? []) {
        const url = safeLink(label?.label_url)
        if (url) return url
      }
    }
  }
  return null
}

type Item = { title?: string | null; product_title?: string | null; variant_title?: string | null; quantity?: unknown }

/** An order's items as a plain-text list, one "- 2 × Hoodie (M)" per line. */
export function formatOrderItems(items: (Item | null)[] | null | undefined): string {
  return (items ?? [])
    .filter((i): i is Item => !!i)
    .map((i) => {
      const title = i.product_title || i.title || ""
      const variant = i.variant_title && i.variant_title !== title ? ` (${i.variant_title})` : ""
      const qty = Number((i.quantity as any)?.numeric ?? i.quantity ?? 0)
      return `- ${qty} × ${title}${variant}`
    })
    .join("\n")
}

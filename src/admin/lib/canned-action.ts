/**
 * A canned reply's order action on the ticket page (docs/order-actions.md "Canned replies with an
 * action"): what the agent must still fill in, and the request each action makes to its own
 * order-action route once confirmed. Pure, so it is unit-tested apart from the composer.
 */
export type CannedReplyAction =
  | { type: "cancel"; note?: string | null }
  | { type: "return"; reason_id?: string | null; note?: string | null }
  | { type: "resend"; kind: "order_confirmation" | "shipping_notification"; note?: string | null }
  | { type: "tracking_links" }
  | { type: "promotion"; promotion_type: "fixed" | "percentage"; value: number; note?: string | null }

/** What the agent fills in at confirmation: the items of a return (line item id -> quantity). */
export type CannedActionInput = { items: Record<string, number> }

export type CannedActionRequest =
  | { method: "POST"; path: string; body: Record<string, unknown> }
  | { method: "GET"; path: "tracking-links" }

const withNote = (note: string | null | undefined) => (note ? { note } : {})

/** Items with a positive quantity, as the return route takes them. */
export function returnItems(input: CannedActionInput) {
  return Object.entries(input.items)
    .filter(([, q]) => Number.isInteger(q) && q > 0)
    .map(([id, quantity]) => ({ id, quantity }))
}

/** Whether the action can be confirmed: a return needs at least one item. */
export function cannedActionReady(action: CannedReplyAction, input: CannedActionInput): boolean {
  return action.type !== "return" || returnItems(input).length > 0
}

/** The request to the ticket's order-actions route (path under /admin/support/tickets/:id/order-actions/). */
export function cannedActionRequest(action: CannedReplyAction, input: CannedActionInput): CannedActionRequest {
  switch (action.type) {
    case "cancel":
      return { method: "POST", path: "cancel", body: withNote(action.note) }
    case "return":
      return {
        method: "POST",
        path: "return",
        body: { items: returnItems(input), ...(action.reason_id ? { reason_id: action.reason_id } : {}), ...withNote(action.note) },
      }
    case "resend":
      return { method: "POST", path: "resend", body: { kind: action.kind, ...withNote(action.note) } }
    case "promotion":
      return { method: "POST", path: "promotion", body: { type: action.promotion_type, value: action.value, ...withNote(action.note) } }
    case "tracking_links":
      return { method: "GET", path: "tracking-links" }
  }
}

/** The reply as sent after the action: a goodwill code or the tracking links go at its end. */
export function replyWithActionResult(body: string, extra: string | null | undefined): string {
  if (!extra) return body
  return body.trimEnd() ? `${body.trimEnd()}\n\n${extra}` : extra
}

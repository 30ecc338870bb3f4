import type { ProactiveKind } from "./settings"

/**
 * The key of one proactive event, the primary key of support_proactive_event: the same key is
 * acted on once, however often the event arrives and on however many workers. `detail` names the
 * event within the order where one order can have several (a return, a payment session and its
 * outcome, a fulfillment); an order is canceled, or late, once.
 */
export function proactiveEventKey(kind: ProactiveKind, orderId: string, detail?: string | null): string {
  return [kind, orderId, detail].filter((p) => p !== undefined && p !== null && p !== "").join(":")
}

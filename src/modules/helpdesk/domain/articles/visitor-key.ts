import { createHash } from "crypto"

/** Longest `x-helpdesk-visitor` value taken into account; longer ones are cut. */
export const MAX_VISITOR_ID_LENGTH = 100

/**
 * Who "once per visitor" counts as one: a signed-in customer by account; a guest by client
 * address together with the storefront's visitor id (`x-helpdesk-visitor`, e.g. a random id kept
 * in localStorage), so guests behind one NAT are told apart. Guests' keys are hashed: no address
 * is stored. A guest who changes the visitor id on every request is a new visitor each time; the
 * per-address rate limit (rule `articleFeedback`) bounds how often that counts.
 */
export function visitorKey(input: { customerId: string | null; address: string; visitorId?: string | null }): string {
  if (input.customerId) return `customer:${input.customerId}`
  const visitor = (input.visitorId ?? "").trim().slice(0, MAX_VISITOR_ID_LENGTH)
  const digest = createHash("sha256").update(`${input.address}\n${visitor}`, "utf8").digest("hex").slice(0, 40)
  return `guest:${digest}`
}

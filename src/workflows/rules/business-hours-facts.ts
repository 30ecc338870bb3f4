import { MedusaContainer } from "@medusajs/framework/types"

/**
 * Whether now is inside business hours, per business-hours id ("default": the store's default
 * schedule), for the `business_hours` rule condition.
 *
 * TODO(sla): business hours belong to the "sla" work (domain/business-time, support_business_hours).
 * Until that lands on this branch this returns no answer for any id, and the engine treats an
 * unknown fact as "does not match": a `business_hours` condition never matches.
 */
export async function businessHoursFacts(
  _container: Pick<MedusaContainer, "resolve">,
  _ids: string[],
  _now: Date
): Promise<Record<string, boolean>> {
  return {}
}

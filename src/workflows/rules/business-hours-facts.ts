import { MedusaContainer } from "@medusajs/framework/types"
import { BusinessHoursSpec, isWithinBusinessHours } from "../../modules/helpdesk/domain/business-time"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/**
 * Whether `now` is inside business hours, per business-hours id, for the `business_hours` rule
 * condition. "default" is the schedule of the ticket's SLA policy, the one its clocks and its
 * auto-acknowledgement use; a ticket without one is served around the clock, so always inside.
 * An id that names no schedule gets no answer, and the engine treats that as "does not match".
 */
// The json columns are typed loosely by the ORM; validateBusinessHours checked them on write.
const specOf = (h: { timezone: string; intervals: unknown; holidays: unknown }): BusinessHoursSpec => ({
  timezone: h.timezone,
  intervals: h.intervals as BusinessHoursSpec["intervals"],
  holidays: (h.holidays ?? []) as string[],
})

export async function businessHoursFacts(
  container: Pick<MedusaContainer, "resolve">,
  ids: string[],
  now: Date,
  ticket: { sla_policy_id?: string | null }
): Promise<Record<string, boolean>> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const named = new Set(ids.filter((id) => id !== "default"))
  let defaultId: string | null = null
  if (ids.includes("default") && ticket.sla_policy_id) {
    const [policy] = await helpdesk.listSupportSlaPolicies({ id: ticket.sla_policy_id }, { take: 1, withDeleted: true })
    defaultId = policy?.business_hours_id ?? null
    if (defaultId) named.add(defaultId)
  }
  const rows = named.size ? await helpdesk.listSupportBusinessHours({ id: [...named] }, { withDeleted: true }) : []
  const inside = new Map(
    rows.map((h) => [h.id, isWithinBusinessHours(now, specOf(h))])
  )
  const facts: Record<string, boolean> = {}
  for (const id of ids) {
    const answer = id === "default" ? (defaultId ? inside.get(defaultId) : true) : inside.get(id)
    if (answer !== undefined) facts[id] = answer
  }
  return facts
}

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { isAwaitingShipment, notShippedWindow } from "../../modules/helpdesk/domain/proactive"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { loadProactiveSettings } from "./settings"
import { openProactiveTicketWorkflow } from "./workflows/open-proactive-ticket"

/** Orders read per page, and pages per run (the oldest first; a later run takes any rest). */
export const NOT_SHIPPED_BATCH = 200
export const NOT_SHIPPED_MAX_PAGES = 50

/**
 * The not-shipped check (the helpdesk-proactive-not-shipped job, hourly): every order placed
 * between N + 30 and N days before `now` that has not shipped gets the not_shipped proactive
 * ticket, once per order (the workflow's claim). `now` is a parameter so tests run it on a clock.
 */
export async function runNotShippedCheck(container: MedusaContainer, now = new Date()) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const settings = (await loadProactiveSettings(helpdesk)).not_shipped
  if (!settings.enabled) return { checked: 0, opened: 0 }
  const { from, to } = notShippedWindow(now, settings.days ?? 3)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let checked = 0
  let opened = 0
  for (let page = 0; page < NOT_SHIPPED_MAX_PAGES; page++) {
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "status", "canceled_at", "created_at", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at"],
      filters: { created_at: { $gte: from, $lt: to }, status: { $nin: ["canceled", "completed", "archived", "draft"] } } as any,
      pagination: { skip: page * NOT_SHIPPED_BATCH, take: NOT_SHIPPED_BATCH, order: { created_at: "ASC", id: "ASC" } },
    })
    checked += data.length
    const late = (data as any[]).filter(isAwaitingShipment)
    // Orders already handled are skipped before running the workflow for them (its claim is the guarantee).
    const done = late.length
      ? new Set(
          (await helpdesk.listSupportProactiveEvents({ kind: "not_shipped", order_id: late.map((o) => o.id) }, { select: ["order_id"], take: late.length })).map(
            (e) => e.order_id
          )
        )
      : new Set<string>()
    for (const order of late) {
      if (done.has(order.id)) continue
      const { result } = await openProactiveTicketWorkflow(container).run({ input: { kind: "not_shipped", order_id: order.id } })
      if (result.acted) opened++
    }
    if (data.length < NOT_SHIPPED_BATCH) break
  }
  return { checked, opened }
}

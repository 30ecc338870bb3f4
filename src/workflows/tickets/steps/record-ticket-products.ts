import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { ticketProductIds } from "../../../modules/helpdesk/domain/reports/ticket-products"
import { TicketLineItemSnapshot } from "../../../modules/helpdesk/domain/ticket-line-items"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type RecordTicketProductsInput = {
  ticket_id: string
  /** The ticket's created_at: the rows carry it (the report's period). */
  created_at: Date
  order_id?: string | null
  /** The lines the ticket reports (snapshotTicketLineItemsStep). */
  items: TicketLineItemSnapshot[]
}

export const recordTicketProductsStepId = "record-support-ticket-products"

/**
 * Keeps the products the ticket counts for in the contact rate report (support_ticket_product):
 * its reported lines' products, or, when it reports none, its order's current lines' products
 * (one read of the order). The compensation deletes the rows.
 */
export const recordTicketProductsStep = createStep(
  recordTicketProductsStepId,
  async (input: RecordTicketProductsInput, { container }) => {
    if (!input.order_id) return new StepResponse([] as string[], [] as string[])
    let orderLines: { product_id?: string | null }[] | null = null
    if (!input.items.length) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: input.order_id } })
      orderLines = ((data[0]?.items ?? []) as ({ product_id?: string | null } | null)[]).filter((l): l is { product_id?: string | null } => !!l)
    }
    const productIds = ticketProductIds({ reported: input.items, order_lines: orderLines })
    if (!productIds.length) return new StepResponse([] as string[], [] as string[])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const rows = await helpdesk.createSupportTicketProducts(productIds.map((product_id) => ({ ticket_id: input.ticket_id, product_id, created_at: input.created_at })))
    return new StepResponse(productIds, rows.map((r) => r.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportTicketProducts(ids)
  }
)

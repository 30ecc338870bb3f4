import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { ticketProductIds } from "../../../modules/helpdesk/domain/reports/ticket-products"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const refreshOrderTicketProductsStepId = "refresh-support-order-ticket-products"

type Undo = { created: string[]; removed: string[] }

/**
 * An order's lines changed (an edit, a claim or an exchange made a new version): its tickets that
 * report no line count for the products of its current lines (docs/reports.md), so their
 * support_ticket_product rows follow them. Tickets reporting lines keep those lines' products.
 * Removed rows are soft-deleted; the compensation deletes the new rows and restores the removed.
 */
export const refreshOrderTicketProductsStep = createStep(
  refreshOrderTicketProductsStepId,
  async (input: { order_id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tickets = await helpdesk.listSupportTickets({ order_id: input.order_id }, { select: ["id", "created_at"], withDeleted: true })
    if (!tickets.length) return new StepResponse({ tickets: 0 }, { created: [], removed: [] } as Undo)
    const ids = tickets.map((t) => t.id)
    const reporting = new Set((await helpdesk.listSupportTicketLineItems({ ticket_id: ids }, { select: ["ticket_id"] })).map((l) => l.ticket_id))
    const unreported = ids.filter((id) => !reporting.has(id))
    const createdAt = new Map(tickets.map((t) => [t.id, t.created_at]))
    if (!unreported.length) return new StepResponse({ tickets: 0 }, { created: [], removed: [] } as Undo)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "order", fields: ["id", "items.product_id"], filters: { id: input.order_id } })
    const lines = ((data[0]?.items ?? []) as ({ product_id?: string | null } | null)[]).filter((l): l is { product_id?: string | null } => !!l)
    const wanted = new Set(ticketProductIds({ reported: [], order_lines: lines }))

    const rows = await helpdesk.listSupportTicketProducts({ ticket_id: unreported }, { select: ["id", "ticket_id", "product_id"] })
    const removed = rows.filter((r) => !wanted.has(r.product_id)).map((r) => r.id)
    const missing = unreported.flatMap((ticket_id) =>
      [...wanted].filter((p) => !rows.some((r) => r.ticket_id === ticket_id && r.product_id === p)).map((product_id) => ({ ticket_id, product_id, created_at: createdAt.get(ticket_id) }))
    )
    if (removed.length) await helpdesk.softDeleteSupportTicketProducts(removed)
    const created = missing.length ? (await helpdesk.createSupportTicketProducts(missing)).map((r) => r.id) : []
    return new StepResponse({ tickets: unreported.length }, { created, removed } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (undo.created.length) await helpdesk.deleteSupportTicketProducts(undo.created)
    if (undo.removed.length) await helpdesk.restoreSupportTicketProducts(undo.removed)
  }
)

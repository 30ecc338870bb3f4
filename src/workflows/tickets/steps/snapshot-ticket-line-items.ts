import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { snapshotOrderLines, TicketLineItemSnapshot } from "../../../modules/helpdesk/domain/ticket-line-items"

export type SnapshotTicketLineItemsInput = { order_id?: string | null; line_item_ids?: string[] }

export const snapshotTicketLineItemsStepId = "snapshot-support-ticket-line-items"

/**
 * The reported lines of the ticket's order, as they are now. Runs after the order's ownership was
 * checked; an id that is not a line of that order refuses the ticket (400), nothing written yet.
 */
export const snapshotTicketLineItemsStep = createStep(
  snapshotTicketLineItemsStepId,
  async (input: SnapshotTicketLineItemsInput, { container }) => {
    if (!input.line_item_ids?.length) return new StepResponse([] as TicketLineItemSnapshot[])
    if (!input.order_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "line_item_ids needs the order_id they belong to")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.title",
        "items.product_title",
        "items.variant_title",
        // An order line's quantity lives on its order item (detail): "items.quantity" is not read.
        "items.detail.quantity",
        "items.thumbnail",
        "items.product_id",
        "items.variant_id",
      ],
      filters: { id: input.order_id },
    })
    const result = snapshotOrderLines((data[0]?.items ?? []).filter(Boolean) as any[], input.line_item_ids)
    if (!result.ok) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Not items of order ${input.order_id}: ${result.unknown.join(", ")}`
      )
    }
    return new StepResponse(result.items)
  }
)

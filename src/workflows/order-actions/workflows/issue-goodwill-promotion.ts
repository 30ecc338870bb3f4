import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPromotionsWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { randomBytes } from "node:crypto"
import { OrderActionEvents } from "../../../modules/helpdesk/domain/order-actions/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { internalActionLine, money } from "../lines"
import { loadTicketOrderStep } from "../steps/load-ticket-order"
import { IssueGoodwillPromotionInput } from "../types"

export const issueGoodwillPromotionWorkflowId = "issue-support-goodwill-promotion"

// No 0/O or 1/I: a shopper types the code from a mail.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

/** A code like "SORRY-7KQ2-M9XD" (80 bits would be overkill; 40 bits of a CSPRNG cannot be guessed at checkout rates). */
export function goodwillCode(): string {
  const bytes = randomBytes(8)
  const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length])
  return `SORRY-${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`
}

/**
 * A goodwill code for the ticket's requester through Medusa's `createPromotionsWorkflow`: a
 * standard, non-automatic promotion on the order total, usable once (`limit: 1`), a fixed amount
 * in the order's currency or a percentage. The agent inserts the code into the reply; the
 * internal line records it.
 *
 * Hook `promotionIssued` ({ ticket_id, order_id, promotion, additional_data }); a hook that throws
 * deletes the promotion again.
 *
 * @example
 * const { result } = await issueGoodwillPromotionWorkflow(container).run({
 *   input: { ticket_id, actor: { id: userId }, type: "percentage", value: 10 },
 * })
 * result.promotion.code
 */
export const issueGoodwillPromotionWorkflow = createWorkflow(
  issueGoodwillPromotionWorkflowId,
  (input: WorkflowData<IssueGoodwillPromotionInput>) => {
    const loaded = loadTicketOrderStep({ ticket_id: input.ticket_id })
    const created = createPromotionsWorkflow.runAsStep({
      input: transform({ loaded, input }, ({ loaded, input }) => ({
        promotionsData: [
          {
            code: goodwillCode(),
            type: "standard" as const,
            status: "active" as const,
            is_automatic: false,
            limit: 1,
            application_method: {
              type: input.type,
              target_type: "order" as const,
              allocation: "across" as const,
              value: input.value,
              currency_code: loaded.order.currency_code,
            },
          },
        ],
      })),
    })
    const promotion = transform({ created }, ({ created }) => {
      const p = (created as any[])[0]
      return { id: p.id as string, code: p.code as string }
    })
    createMessageStep(
      transform({ loaded, input, promotion }, ({ loaded, input, promotion }) =>
        internalActionLine(
          loaded,
          input.actor,
          "promotion",
          `Goodwill code ${promotion.code} issued (${
            input.type === "percentage" ? `${input.value}%` : money(input.value, loaded.order.currency_code)
          }, usable once)`,
          { promotion_id: promotion.id, code: promotion.code, type: input.type, value: input.value },
          input.note
        )
      )
    ).config({ name: "create-support-order-action-line" })
    const ids = transform({ loaded }, ({ loaded }) => ({ ticket_id: loaded.ticket.id, order_id: loaded.order.id }))
    const promotionIssued = createHook("promotionIssued", {
      ticket_id: ids.ticket_id,
      order_id: ids.order_id,
      promotion,
      additional_data: input.additional_data,
    })
    emitEventStep({
      eventName: OrderActionEvents.PROMOTION_ISSUED,
      data: transform({ ids, promotion }, ({ ids, promotion }) => ({ id: ids.ticket_id, order_id: ids.order_id, promotion_id: promotion.id })),
    })
    return new WorkflowResponse(
      transform({ ids, promotion, input, loaded }, ({ ids, promotion, input, loaded }) => ({
        ...ids,
        promotion: { ...promotion, type: input.type, value: input.value, currency_code: loaded.order.currency_code, limit: 1 },
      })),
      { hooks: [promotionIssued] }
    )
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planRefund } from "../../../modules/helpdesk/domain/order-actions/refundable"
import { refundNeedsApproval } from "../../../modules/helpdesk/domain/order-actions/settings"
import { paymentsOf } from "../order-view"
import { loadOrderActionSettings } from "../settings"

export type RefundPlan = {
  needs_approval: boolean
  currency_code: string
  payments: { payment_id: string; amount: number }[]
}

export const planTicketRefundStepId = "plan-support-ticket-refund"

/**
 * Which payments the refund comes from (400 above what is refundable, read from Medusa's captures
 * and refunds), and whether it needs a second agent: above the approval limit, unless this run
 * is the approved one.
 */
export const planTicketRefundStep = createStep(
  planTicketRefundStepId,
  async (input: { order: Record<string, any>; amount: number; approved: boolean }, { container }) => {
    const payments = planRefund(paymentsOf(input.order), input.amount)
    const settings = await loadOrderActionSettings(container)
    const needs_approval = !input.approved && refundNeedsApproval(settings, input.order.currency_code, input.amount)
    return new StepResponse<RefundPlan>({ needs_approval, currency_code: input.order.currency_code, payments })
  }
)

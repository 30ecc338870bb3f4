import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateRefundApprovalInput = {
  ticket_id: string
  order_id: string
  amount: number
  currency_code: string
  note?: string | null
  requested_by: string
  requested_by_name?: string | null
}

export const createRefundApprovalStepId = "create-support-refund-approval"

export const createRefundApprovalStep = createStep(
  createRefundApprovalStepId,
  async (input: CreateRefundApprovalInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const approval = await helpdesk.createSupportRefundApprovals({ ...input, note: input.note ?? null, status: "pending" })
    return new StepResponse(approval, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportRefundApprovals(id)
  }
)

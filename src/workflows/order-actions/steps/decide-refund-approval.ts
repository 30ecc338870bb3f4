import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const decideRefundApprovalStepId = "decide-support-refund-approval"

/**
 * Approves or rejects a pending approval of this ticket, once (one conditional UPDATE): 404 for an
 * unknown one, 400 when the deciding agent asked for it, 400 when it was already decided.
 * The compensation puts it back to pending.
 */
export const decideRefundApprovalStep = createStep(
  decideRefundApprovalStepId,
  async (input: { ticket_id: string; approval_id: string; actor_id: string; decision: "approved" | "rejected" }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [existing] = await helpdesk.listSupportRefundApprovals({ id: input.approval_id, ticket_id: input.ticket_id }, { take: 1 })
    if (!existing) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Refund approval with id: ${input.approval_id} was not found`)
    }
    if (existing.requested_by === input.actor_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Another agent must decide on a refund you asked for")
    }
    const decided = await helpdesk.decideRefundApproval(input.approval_id, input.decision, input.actor_id)
    if (!decided) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This refund approval was already decided")
    return new StepResponse(
      { ...existing, status: input.decision, decided_by: input.actor_id, amount: Number(existing.amount) },
      input.approval_id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).decideRefundApproval(id, "pending", null)
  }
)

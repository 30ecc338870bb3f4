import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const moveMessagesStepId = "move-support-messages"

/** Moves every message of the source tickets onto the target (ticket merge). */
export const moveMessagesStep = createStep(
  moveMessagesStepId,
  async (input: { source_ids: string[]; target_id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const messages = await helpdesk.listSupportMessages(
      { ticket_id: input.source_ids },
      { select: ["id", "ticket_id"] }
    )
    if (messages.length) {
      await helpdesk.updateSupportMessages(
        messages.map((m) => ({ id: m.id, ticket_id: input.target_id }))
      )
    }
    return new StepResponse(
      messages.length,
      messages.map((m) => ({ id: m.id, ticket_id: m.ticket_id }))
    )
  },
  async (moved, { container }) => {
    if (!moved?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateSupportMessages(moved)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteHeldMailStepId = "delete-support-held-mail"

/** Soft-deletes the row (restored on compensation); the file goes in a later step. */
export const deleteHeldMailStep = createStep(
  deleteHeldMailStepId,
  async (input: { id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.softDeleteSupportHeldMails(input.id)
    return new StepResponse(input.id, input.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreSupportHeldMails(id)
  }
)

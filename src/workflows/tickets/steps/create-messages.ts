import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { CreateMessageStepInput, messageRow } from "./create-message"

export const createMessagesStepId = "create-support-messages"

/** Several messages at once (e.g. the status lines of a bulk change); deleted again on rollback. */
export const createMessagesStep = createStep(
  createMessagesStepId,
  async (input: CreateMessageStepInput[], { container }) => {
    if (!input.length) return new StepResponse([], [])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const messages = await helpdesk.createSupportMessages(input.map(messageRow))
    return new StepResponse(messages, messages.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteSupportMessages(ids)
  }
)

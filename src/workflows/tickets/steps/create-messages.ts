import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { CreateMessageStepInput } from "./create-message"

export const createMessagesStepId = "create-support-messages"

/** Several messages at once (e.g. the status lines of a bulk change); deleted again on rollback. */
export const createMessagesStep = createStep(
  createMessagesStepId,
  async (input: CreateMessageStepInput[], { container }) => {
    if (!input.length) return new StepResponse([], [])
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const messages = await helpdesk.createSupportMessages(
      input.map((m) => ({
        ticket_id: m.ticket_id,
        author_type: m.author_type,
        author_id: m.author_id ?? null,
        author_name: m.author_name ?? null,
        body: m.body,
        internal: m.internal ?? false,
        channel: m.channel ?? "web",
        canned_reply_id: m.canned_reply_id ?? null,
        metadata: m.metadata ?? null,
      }))
    )
    return new StepResponse(messages, messages.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteSupportMessages(ids)
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { HeldMailFormat, HeldMailReason } from "../../../modules/helpdesk/domain/email/inbound/held"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateHeldMailStepInput = {
  sender: string
  subject: string
  reason: HeldMailReason
  format: HeldMailFormat
  file_id: string
  size: number
  message_id: string
  auto: boolean
  received_at: Date
}

export const createHeldMailStepId = "create-support-held-mail"

export const createHeldMailStep = createStep(
  createHeldMailStepId,
  async (input: CreateHeldMailStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const held = await helpdesk.createSupportHeldMails(input)
    return new StepResponse(held, held.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportHeldMails(id)
  }
)

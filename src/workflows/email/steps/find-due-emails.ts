import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const findDueEmailsStepId = "find-due-support-emails"

export const findDueEmailsStep = createStep(findDueEmailsStepId, async (input: { limit: number }, { container }) => {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const maxAttempts = helpdesk.getOptions().email.maxAttempts
  return new StepResponse(await helpdesk.listDueEmailDeliveryIds({ maxAttempts, limit: input.limit }))
})

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { RequesterSelector } from "../../../modules/helpdesk/domain/privacy/erasure"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const findRequesterTicketsStepId = "find-support-requester-tickets"

/** The ids of the requester's tickets, deleted ones included (their rows still hold the data). */
export const findRequesterTicketsStep = createStep(
  findRequesterTicketsStepId,
  async (selector: RequesterSelector, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    return new StepResponse(await helpdesk.listRequesterTicketIds(selector, { withDeleted: true }))
  }
)

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const recordSlaBreachesStepId = "record-support-sla-breaches"

export type SlaBreach = { id: string; message_id: string; clocks: ("first_response" | "resolution")[] }

/**
 * Flags up to `limit` overdue tickets and writes their system lines, once per ticket whatever the
 * number of concurrent runs (service.recordSlaBreaches); the compensation removes both.
 */
export const recordSlaBreachesStep = createStep(
  recordSlaBreachesStepId,
  async (input: { now?: Date | string; limit: number }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const breaches: SlaBreach[] = await helpdesk.recordSlaBreaches(input.now ? new Date(input.now) : new Date(), input.limit)
    return new StepResponse(breaches, breaches.map(({ id, message_id }) => ({ id, message_id })))
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).undoSlaBreaches(undo)
  }
)

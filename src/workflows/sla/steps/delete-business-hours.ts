import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteBusinessHoursStepId = "delete-support-business-hours"

/**
 * Soft-deletes live schedules among `ids`. A schedule an SLA policy still counts in is refused
 * (400): move the policy to another schedule or delete it first.
 */
export const deleteBusinessHoursStep = createStep(
  deleteBusinessHoursStepId,
  async (ids: string[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const used = await helpdesk.listSupportSlaPolicies({ business_hours_id: ids }, { select: ["id", "name"] })
    if (used.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `These business hours are used by SLA policies: ${used.map((p) => p.name).join(", ")}`
      )
    }
    const live = await helpdesk.listSupportBusinessHours({ id: ids }, { select: ["id"] })
    const deleted = live.map((r) => r.id)
    if (deleted.length) await helpdesk.softDeleteSupportBusinessHours(deleted)
    return new StepResponse(deleted, deleted)
  },
  async (deleted, { container }) => {
    if (!deleted?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreSupportBusinessHours(deleted)
  }
)

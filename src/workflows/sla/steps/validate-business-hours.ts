import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { validateBusinessHours } from "../../../modules/helpdesk/domain/business-time"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { BusinessHoursData } from "../types"

export const validateBusinessHoursStepId = "validate-support-business-hours"

/**
 * Schedules must be usable (known IANA zone, 0-6 days, HH:MM with start < end, real dates). For an
 * update, `id` names the stored schedule the partial `data` is merged into (404 when missing).
 */
export const validateBusinessHoursStep = createStep(
  validateBusinessHoursStepId,
  async (input: { id?: string; data: Partial<BusinessHoursData> }[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const { id, data } of input) {
      let merged = data
      if (id) {
        const [stored] = await helpdesk.listSupportBusinessHours({ id }, { take: 1 })
        if (!stored) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business hours with id: ${id} were not found`)
        merged = { ...(stored as any), ...data }
      }
      const problems = validateBusinessHours({
        timezone: merged.timezone ?? "",
        intervals: merged.intervals ?? [],
        holidays: merged.holidays ?? [],
      })
      if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))
    }
    return new StepResponse(null)
  }
)

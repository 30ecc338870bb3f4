import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { BusinessHoursData } from "../types"

export const updateBusinessHoursStepId = "update-support-business-hours"

const EDITABLE = ["name", "timezone", "intervals", "holidays"] as const

/** Writes the given fields; the compensation writes back the old values. */
export const updateBusinessHoursStep = createStep(
  updateBusinessHoursStepId,
  async (input: { id: string; update: Partial<BusinessHoursData> }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [before] = await helpdesk.listSupportBusinessHours({ id: input.id }, { take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Business hours with id: ${input.id} were not found`)
    const change: Record<string, unknown> = { id: input.id }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of EDITABLE) {
      if (input.update[key] === undefined) continue
      change[key] = key === "holidays" ? [...new Set(input.update.holidays)].sort() : input.update[key]
      previous[key] = (before as any)[key]
    }
    const updated = await helpdesk.updateSupportBusinessHours(change as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateSupportBusinessHours(previous as any)
  }
)

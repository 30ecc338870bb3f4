import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { BusinessHoursData } from "../types"

export const createBusinessHoursStepId = "create-support-business-hours"

export const createBusinessHoursStep = createStep(
  createBusinessHoursStepId,
  async (data: BusinessHoursData[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createSupportBusinessHours(
      data.map((d) => ({ name: d.name, timezone: d.timezone, intervals: d.intervals as any, holidays: [...new Set(d.holidays ?? [])].sort() }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportBusinessHours(ids)
  }
)

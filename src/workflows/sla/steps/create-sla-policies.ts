import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { SlaPolicyData } from "../types"

export const createSlaPoliciesStepId = "create-support-sla-policies"

export const createSlaPoliciesStep = createStep(
  createSlaPoliciesStepId,
  async (data: SlaPolicyData[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const created = await helpdesk.createSupportSlaPolicies(
      data.map((d) => ({
        name: d.name,
        priority: d.priority ?? null,
        channel: d.channel ?? null,
        customer_group_id: d.customer_group_id ?? null,
        first_response_minutes: d.first_response_minutes,
        resolution_minutes: d.resolution_minutes,
        business_hours_id: d.business_hours_id ?? null,
        position: d.position ?? 0,
        enabled: d.enabled ?? true,
      }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportSlaPolicies(ids)
  }
)

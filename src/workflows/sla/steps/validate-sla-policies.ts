import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { SlaPolicyData } from "../types"

export const validateSlaPoliciesStepId = "validate-support-sla-policies"

/** The business hours a policy names must exist; for an update, the policy itself too (404). */
export const validateSlaPoliciesStep = createStep(
  validateSlaPoliciesStepId,
  async (input: { id?: string; data: Partial<SlaPolicyData> }[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const { id, data } of input) {
      if (id) {
        const [stored] = await helpdesk.listSupportSlaPolicies({ id }, { take: 1, select: ["id"] })
        if (!stored) throw new MedusaError(MedusaError.Types.NOT_FOUND, `SLA policy with id: ${id} was not found`)
      }
      if (data.business_hours_id) {
        const [hours] = await helpdesk.listSupportBusinessHours({ id: data.business_hours_id }, { take: 1, select: ["id"] })
        if (!hours) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, `Business hours with id: ${data.business_hours_id} do not exist`)
        }
      }
    }
    return new StepResponse(null)
  }
)

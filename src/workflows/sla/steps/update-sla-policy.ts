import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { SLA_POLICY_EDITABLE_FIELDS } from "../../../modules/helpdesk/domain/sla"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { SlaPolicyData } from "../types"

export const updateSlaPolicyStepId = "update-support-sla-policy"

/**
 * Writes the given fields; the compensation writes back the old values. Tickets keep the due times
 * they have: a policy change applies to new tickets and to tickets whose priority changes next.
 */
export const updateSlaPolicyStep = createStep(
  updateSlaPolicyStepId,
  async (input: { id: string; update: Partial<SlaPolicyData> }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [before] = await helpdesk.listSupportSlaPolicies({ id: input.id }, { take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `SLA policy with id: ${input.id} was not found`)
    const change: Record<string, unknown> = { id: input.id }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of SLA_POLICY_EDITABLE_FIELDS) {
      if (input.update[key] === undefined) continue
      change[key] = input.update[key]
      previous[key] = (before as any)[key] ?? null
    }
    const updated = await helpdesk.updateSupportSlaPolicies(change as any)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateSupportSlaPolicies(previous as any)
  }
)

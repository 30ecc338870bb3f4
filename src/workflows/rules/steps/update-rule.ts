import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { RuleUpdate } from "../../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const updateRuleStepId = "update-support-rule"

const COLUMNS = ["name", "description", "trigger", "conditions", "actions", "idle_hours", "idle_status", "position", "enabled"] as const

/** Writes a validated change; undone by writing the previous values back. */
export const updateRuleStep = createStep(
  updateRuleStepId,
  async (input: { id: string; update: RuleUpdate }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [before] = await helpdesk.listSupportRules({ id: input.id }, { take: 1 })
    const data: Record<string, unknown> = { id: input.id }
    const previous: Record<string, unknown> = { id: input.id }
    for (const key of COLUMNS) {
      if (input.update[key] === undefined) continue
      data[key] = input.update[key]
      previous[key] = (before as Record<string, unknown>)[key]
    }
    const updated = await helpdesk.updateSupportRules(data as never)
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateSupportRules(previous as never)
  }
)

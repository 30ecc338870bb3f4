import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { RuleInput } from "../../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const createRuleStepId = "create-support-rule"

/** Writes a validated rule; without a position it goes last. Undone by deleting it. */
export const createRuleStep = createStep(
  createRuleStepId,
  async (rule: RuleInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    let position = rule.position
    if (position === undefined) {
      const [last] = await helpdesk.listSupportRules({}, { select: ["position"], order: { position: "DESC" }, take: 1 })
      position = last ? Number(last.position) + 1 : 0
    }
    const created = await helpdesk.createSupportRules({
      name: rule.name,
      description: rule.description ?? null,
      trigger: rule.trigger,
      conditions: rule.conditions as Record<string, unknown>,
      actions: rule.actions as unknown as Record<string, unknown>,
      idle_hours: rule.idle_hours ?? null,
      idle_status: rule.idle_status ?? null,
      position,
      enabled: rule.enabled ?? true,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportRules([id])
  }
)

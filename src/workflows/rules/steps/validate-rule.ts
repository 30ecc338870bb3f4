import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { RuleAction, RuleInput, RuleUpdate } from "../../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const validateRuleStepId = "validate-support-rule"

function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

function parsed<T>(result: { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } }): T {
  if (result.success) return result.data
  const issue = result.error.issues[0]
  return invalid(`Invalid rule: ${issue.path.map(String).join(".") || "rule"}: ${issue.message}`)
}

/**
 * Parses a rule (create) or a change (update, checked against the stored rule) with the rule
 * schema, whoever calls the workflow, and checks what its actions name exists: the agent, the
 * assignment group, the canned reply. Bad input is a 400 and nothing is written.
 */
export const validateRuleStep = createStep(
  validateRuleStepId,
  async (input: { rule?: unknown; id?: string; update?: unknown }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    let rule: RuleInput | RuleUpdate
    if (input.id) {
      const update = parsed(RuleUpdate.safeParse(input.update ?? {}))
      const [stored] = await helpdesk.listSupportRules({ id: input.id }, { take: 1 })
      if (!stored) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rule with id: ${input.id} was not found`)
      const merged = {
        trigger: update.trigger ?? stored.trigger,
        idle_hours: update.idle_hours !== undefined ? update.idle_hours : stored.idle_hours,
        idle_status: update.idle_status !== undefined ? update.idle_status : stored.idle_status,
      }
      if (merged.trigger === "ticket.idle" && !merged.idle_hours) invalid("Invalid rule: idle_hours: ticket.idle rules need idle_hours")
      // Moving a rule off ticket.idle drops its idle settings.
      if (merged.trigger !== "ticket.idle" && update.trigger) Object.assign(update, { idle_hours: null, idle_status: null })
      else if (merged.trigger !== "ticket.idle" && (update.idle_hours || update.idle_status)) {
        invalid("Invalid rule: idle_hours: idle_hours and idle_status are for ticket.idle rules")
      }
      rule = update
    } else {
      rule = parsed(RuleInput.safeParse(input.rule))
    }
    await checkReferences(container, helpdesk, rule.actions ?? [])
    return new StepResponse(rule)
  }
)

async function checkReferences(container: { resolve: (k: string) => any }, helpdesk: HelpdeskModuleService, actions: RuleAction[]) {
  const agents = new Set<string>()
  const groups = new Set<string>()
  const replies = new Set<string>()
  for (const a of actions) {
    if (a.type === "assign") {
      if ("agent_id" in a.value) agents.add(a.value.agent_id)
      else groups.add(a.value.group_id)
    } else if (a.type === "send_canned_reply") replies.add(a.value)
  }
  if (agents.size) {
    const users = await container.resolve(Modules.USER).listUsers({ id: [...agents] }, { select: ["id"] })
    const missing = [...agents].find((id) => !users.some((u: { id: string }) => u.id === id))
    if (missing) invalid(`Invalid rule: agent ${missing} is not an admin user of this store`)
  }
  if (groups.size) {
    const found = await helpdesk.listSupportAssignmentGroups({ id: [...groups] }, { select: ["id"] })
    const missing = [...groups].find((id) => !found.some((g) => g.id === id))
    if (missing) invalid(`Invalid rule: assignment group ${missing} does not exist`)
  }
  if (replies.size) {
    const found = await helpdesk.listSupportCannedReplies({ id: [...replies] }, { select: ["id"] })
    const missing = [...replies].find((id) => !found.some((r) => r.id === id))
    if (missing) invalid(`Invalid rule: canned reply ${missing} does not exist`)
  }
}

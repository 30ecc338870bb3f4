import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { TicketStatus } from "../../../modules/helpdesk/domain/constants"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { describeRun, emptyPlan, nextChain, planRules, RulePlan } from "../../../modules/helpdesk/domain/rules/engine"
import { RuleEvents } from "../../../modules/helpdesk/domain/rules/events"
import { canTransition } from "../../../modules/helpdesk/domain/status-transitions"
import { statusLine } from "../../tickets/status-change"
import { applyTicketChangesStep } from "../../tickets/steps/apply-ticket-changes"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"
import { createMessagesStep } from "../../tickets/steps/create-messages"
import { CreateMessageStepInput } from "../../tickets/steps/create-message"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { TicketChangeRequest } from "../../tickets/ticket-changes"
import { addTicketMessageWorkflow } from "../../tickets/workflows/add-ticket-message"
import { assignByRuleStep } from "../steps/assign-by-rule"
import { loadRuleRunStep } from "../steps/load-rule-run"
import { renderCannedReplyStep } from "../steps/render-canned-reply"
import { RunTicketRulesWorkflowInput } from "../types"

export const runTicketRulesWorkflowId = "run-support-ticket-rules"

/** How automatic messages sign (author_type "system", as status lines). */
export const AUTOMATION_AUTHOR = "Automation"

/**
 * Runs the enabled rules of one trigger on one ticket (the subscribers on ticket events and the
 * idle job call it). Under the ticket's lock: loads the facts the rules need, plans with the pure
 * engine (domain/rules/engine.ts), writes priority, category, tags, status and assignee through
 * the version guard, and leaves the run on the timeline as an internal system line (agents only)
 * plus any internal notes the rules add. After the lock: the canned reply, rendered with the
 * ticket's placeholders, is posted through addTicketMessageWorkflow as a public message signed
 * "Automation" (one per run: the first rule's that asks for one), mailed to the requester like an
 * agent's reply (metadata.automation; not to an unproven address).
 *
 * Loop guard: the events this run emits carry `rule_chain` ({ depth, rule_ids }), which the
 * subscribers pass back as `chain`; rules already in it do not run again, and nothing runs at
 * MAX_RULE_DEPTH.
 *
 * @example
 * await runTicketRulesWorkflow(container).run({ input: { ticket_id, trigger: "ticket.created" } })
 */
export const runTicketRulesWorkflow = createWorkflow(runTicketRulesWorkflowId, (input: WorkflowData<RunTicketRulesWorkflowInput>) => {
  const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
  const run = loadRuleRunStep(input)

  const plan = transform({ input, run }, ({ input, run }): RulePlan => {
    if (!run.ticket || !run.facts) return emptyPlan()
    const plan = planRules(run.rules, run.facts, { trigger: input.trigger, chain: input.chain, only: input.rule_ids })
    // A status the rules cannot move to from here (none today: the system may make any move) is dropped.
    if (plan.status && (plan.status === run.ticket.status || !canTransition(run.ticket.status, plan.status, "system"))) delete plan.status
    return plan
  })

  const change = transform({ input, run, plan }, ({ input, run, plan }): TicketChangeRequest[] => {
    if (!run.ticket || !plan.fired.length) return []
    const set: Record<string, unknown> = {}
    if (plan.set.priority !== undefined && plan.set.priority !== run.ticket.priority) set.priority = plan.set.priority
    if (plan.set.category !== undefined && plan.set.category !== run.ticket.category) set.category = plan.set.category
    const add_tags = plan.add_tags.filter((t) => !(run.ticket!.tags ?? []).includes(t))
    if (!Object.keys(set).length && !add_tags.length && !plan.status) return []
    return [{ kind: "update", id: input.ticket_id, actor_type: "system", set, add_tags, status: plan.status }]
  })
  const applied = when({ change }, ({ change }) => change.length > 0).then(() => {
    const result = applyTicketChangesStep(change)
    refreshPriorityScoresStep(transform({ input }, ({ input }) => ({ ticket_ids: [input.ticket_id] })))
    return result
  })

  const assigned = assignByRuleStep(
    transform({ input, plan }, ({ input, plan }) => ({ ticket_id: input.ticket_id, target: plan.fired.length ? plan.assign ?? null : null }))
  )

  const lines = transform({ input, run, plan, assigned }, ({ input, run, plan, assigned }): CreateMessageStepInput[] => {
    if (!run.ticket || !plan.fired.length) return []
    const out: CreateMessageStepInput[] = []
    if (plan.status) out.push(statusLine(input.ticket_id, run.ticket.status as TicketStatus, plan.status, AUTOMATION_AUTHOR))
    const body = describeRun(plan) + (assigned.unassignable ? "\n(assignment skipped: nobody available)" : "")
    // Internal: shoppers see system lines that are not internal (status changes); runs are agents' business.
    out.push({
      ticket_id: input.ticket_id,
      author_type: "system",
      author_name: AUTOMATION_AUTHOR,
      internal: true,
      body,
      metadata: {
        event: "rules_ran",
        trigger: input.trigger,
        depth: input.chain?.depth ?? 0,
        rules: plan.fired.map((r) => ({ id: r.id, name: r.name, actions: r.actions.map((a) => a.type) })),
        assignee_id: assigned.changed ? assigned.assignee_id : undefined,
        delegated_from_id: assigned.changed ? assigned.delegated_from_id ?? undefined : undefined,
      },
    })
    for (const note of plan.notes) {
      out.push({ ticket_id: input.ticket_id, author_type: "system", author_name: AUTOMATION_AUTHOR, internal: true, body: note, metadata: { event: "rule_note" } })
    }
    return out
  })
  createMessagesStep(lines).config({ name: "create-support-rule-run-lines" })
  unlockTicketsStep(locks)

  const reply = renderCannedReplyStep(
    transform({ input, plan }, ({ input, plan }) => ({ ticket_id: input.ticket_id, canned_reply_id: plan.canned_reply_ids[0] ?? null }))
  )
  when({ reply }, ({ reply }) => !!reply).then(() => {
    addTicketMessageWorkflow.runAsStep({
      input: transform({ input, reply, plan }, ({ input, reply, plan }) => ({
        ticket_id: input.ticket_id,
        body: reply!.body,
        actor: { type: "system" as const, name: AUTOMATION_AUTHOR },
        canned_reply_id: reply!.canned_reply_id,
        metadata: { event: "rule_canned_reply", automation: "rule", rule_ids: plan.fired.map((r) => r.id) },
      })),
    })
  })

  const flags = transform({ input, run, plan, applied, assigned }, ({ input, run, plan, applied, assigned }) => {
    const a = applied?.applied?.[0]
    const chain = nextChain(input.chain, plan)
    return {
      chain,
      fired: plan.fired.length > 0,
      updated: !!(a && Object.keys(a.changes).length) || assigned.changed,
      statusChanged: !!(a && a.changes.status !== undefined && a.changes.status !== a.before.status),
      assigned: assigned.changed,
      data: { id: input.ticket_id, rule_chain: chain },
      ran: { id: input.ticket_id, rule_ids: plan.fired.map((r) => r.id), trigger: input.trigger, ticket_found: !!run.ticket },
    }
  })
  when({ flags }, ({ flags }) => flags.fired).then(() => {
    emitEventStep({ eventName: RuleEvents.RULES_RAN, data: transform({ flags }, ({ flags }) => flags.ran) }).config({ name: "emit-support-rules-ran" })
  })
  when({ flags }, ({ flags }) => flags.updated).then(() => {
    emitEventStep({ eventName: HelpdeskEvents.TICKET_UPDATED, data: transform({ flags }, ({ flags }) => flags.data) }).config({
      name: "emit-support-rule-updated",
    })
  })
  when({ flags }, ({ flags }) => flags.statusChanged).then(() => {
    emitEventStep({ eventName: HelpdeskEvents.STATUS_CHANGED, data: transform({ flags }, ({ flags }) => flags.data) }).config({
      name: "emit-support-rule-status-changed",
    })
  })
  when({ flags }, ({ flags }) => flags.assigned).then(() => {
    emitEventStep({ eventName: HelpdeskEvents.ASSIGNED, data: transform({ flags }, ({ flags }) => flags.data) }).config({
      name: "emit-support-rule-assigned",
    })
  })

  return new WorkflowResponse(transform({ plan, assigned }, ({ plan, assigned }) => ({ fired: plan.fired.map((r) => r.id), plan, assigned })))
})

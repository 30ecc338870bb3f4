import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { factsNeeded, RuleFacts } from "../../../modules/helpdesk/domain/rules/engine"
import { parseStoredRule, Rule } from "../../../modules/helpdesk/domain/rules/schema"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { RunTicketRulesWorkflowInput } from "../types"
import { businessHoursFacts } from "../business-hours-facts"

export const loadRuleRunStepId = "load-support-rule-run"

export type RuleRun = {
  ticket: Record<string, any> | null
  rules: Rule[]
  facts: RuleFacts | null
}

const NOTHING: RuleRun = { ticket: null, rules: [], facts: null }

/**
 * What a rule run needs: the enabled rules of the trigger (parsed again; a row that no longer
 * parses is skipped) and the ticket's facts, loading only what those rules ask for (the order
 * through Query, the customer's groups, the requester's ticket count, business hours). Nothing to
 * do (no rules, a deleted or merged ticket, a "reply" that is the ticket's first message or not
 * the shopper's) returns no ticket.
 */
export async function loadRuleRun(container: Pick<MedusaContainer, "resolve">, input: RunTicketRulesWorkflowInput): Promise<RuleRun> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const rows = await helpdesk.listSupportRules(
    { trigger: input.trigger, enabled: true, ...(input.rule_ids ? { id: input.rule_ids } : {}) },
    { order: { position: "ASC", id: "ASC" } }
  )
  const rules = rows.map(parseStoredRule).filter((r): r is Rule => !!r)
  if (!rules.length) return NOTHING

  const [ticket] = await helpdesk.listSupportTickets({ id: input.ticket_id }, { take: 1 })
  if (!ticket || ticket.merged_into_id) return NOTHING

  const needed = factsNeeded(rules)
  let body = ""
  if (input.message_id) {
    const [message] = await helpdesk.listSupportMessages({ id: input.message_id, ticket_id: ticket.id }, { take: 1 })
    if (!message) return NOTHING
    if (input.trigger === "ticket.customer_replied") {
      if (message.author_type !== "customer" || message.internal) return NOTHING
      // The ticket's first message is its creation (ticket.created), not a reply.
      const [first] = await helpdesk.listSupportMessages(
        { ticket_id: ticket.id },
        { select: ["id"], order: { created_at: "ASC", id: "ASC" }, take: 1 }
      )
      if (first?.id === message.id) return NOTHING
    }
    body = message.body
  } else if (needed.extras.has("body")) {
    const [latest] = await helpdesk.listSupportMessages(
      { ticket_id: ticket.id, author_type: "customer", internal: false },
      { select: ["body"], order: { created_at: "DESC", id: "DESC" }, take: 1 }
    )
    body = latest?.body ?? ""
  }

  const facts: RuleFacts = {
    channel: ticket.channel,
    status: ticket.status,
    priority: ticket.priority,
    category: ticket.category ?? null,
    subject: ticket.subject,
    body,
    locale: ticket.locale ?? null,
    tags: (ticket.tags as string[]) ?? [],
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const loads: Promise<unknown>[] = []
  if (needed.extras.has("customer_group")) {
    facts.customer_group_ids = []
    if (ticket.customer_id) {
      loads.push(
        query.graph({ entity: "customer", fields: ["id", "groups.id"], filters: { id: ticket.customer_id } }).then(({ data }) => {
          facts.customer_group_ids = ((data[0]?.groups ?? []) as { id: string }[]).filter(Boolean).map((g) => g.id)
        })
      )
    }
  }
  if (needed.extras.has("order")) {
    facts.order = null
    if (ticket.order_id) {
      loads.push(
        query.graph({ entity: "order", fields: ["id", "status", "total"], filters: { id: ticket.order_id } }).then(({ data }) => {
          const order = data[0]
          if (order) facts.order = { total: amount(order.total), status: order.status ?? null }
        })
      )
    }
  }
  if (needed.extras.has("first_ticket")) {
    const requester = ticket.customer_id ? { customer_id: ticket.customer_id } : ticket.email ? { email: ticket.email } : null
    if (!requester) facts.first_ticket = true
    else loads.push(helpdesk.countRequesterTickets(requester).then((c) => void (facts.first_ticket = c.total <= 1)))
  }
  if (needed.extras.has("business_hours")) {
    loads.push(businessHoursFacts(container, [...needed.business_hours_ids], new Date(), ticket).then((r) => void (facts.in_business_hours = r)))
  }
  await Promise.all(loads)
  return { ticket, rules, facts }
}

export const loadRuleRunStep = createStep(loadRuleRunStepId, async (input: RunTicketRulesWorkflowInput, { container }) => {
  return new StepResponse<RuleRun>(await loadRuleRun(container, input))
})

function amount(total: unknown): number | null {
  const raw = total && typeof total === "object" && "numeric" in total ? (total as { numeric: unknown }).numeric : total
  if (raw === null || raw === undefined || raw === "") return null
  const n = Number(raw)
  return Number.isFinite(n) ? n : null
}

import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createRuleWorkflow, runRulesForEvent } from "../workflows/rules"
import { createTicketWorkflow } from "../workflows/tickets/workflows/create-ticket"
import { planRules } from "../modules/helpdesk/domain/rules/engine"
import { parseStoredRule, Rule, RuleInput } from "../modules/helpdesk/domain/rules/schema"
import { HELPDESK_MODULE } from "../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../modules/helpdesk/service"

/**
 * `medusa exec ./src/scripts/bench-rules.ts` (run by `npm run bench -- --rules`): what 50 enabled
 * `ticket.created` rules cost a new ticket. Times, per ticket, the workflow that creates it and the
 * rule run its subscriber starts after it (run here in line, the same function), with the rules
 * switched off and on in turn; and the pure engine alone. Printed as one JSON line. Not part of
 * the package.
 */
const TICKETS = 200
const RULES = 50
const SETTLE_MS = 250

const p = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const stats = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b)
  return { p50: +p(s, 0.5).toFixed(2), p95: +p(s, 0.95).toFixed(2), max: +s[s.length - 1].toFixed(2) }
}
const time = async (fn: () => Promise<unknown>) => {
  const t = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - t) / 1e6
}

// A realistic mix: most rules look at words, channel, priority, language or tags; a few need the
// order or the requester's history; about one in ten matches a given ticket.
function ruleBody(i: number) {
  const kinds = [
    { all: [{ field: "subject_or_body", op: "contains", value: [`word${i}`, `other${i}`] }] },
    { all: [{ field: "channel", op: "is", value: i % 2 ? "email" : "phone" }, { field: "priority", op: "at_least", value: "high" }] },
    { any: [{ field: "locale", op: "is", value: "ko" }, { field: "tags", op: "contains", value: `vip${i}` }] },
    { all: [{ field: "subject", op: "contains", value: `rare${i}` }, { field: "category", op: "is_empty" }] },
    { all: [{ field: "first_ticket", op: "is", value: true }, { field: "channel", op: "is", value: "email" }] },
  ]
  return {
    name: `Bench rule ${i}`,
    trigger: "ticket.created",
    conditions: kinds[i % kinds.length],
    actions: [{ type: "add_tag", value: `bench-${i % 7}` }],
  }
}

export default async function benchRules({ container }: ExecArgs) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const run = Date.now().toString(36)
  const ticket = (n: number) => ({
    subject: n % 10 === 0 ? `Question word${n % RULES} ${run}` : `Where is my parcel ${run}-${n}`,
    body: "It has been a week.",
    author: { type: "customer" as const, id: null, name: "Bench" },
    email: `rules-bench-${run}-${n % 40}@bench.test`,
    locale: n % 4 === 0 ? "ko" : "en",
    channel: "web" as const,
  })
  // With and without the rules in turn, ticket by ticket, so the machine's load weighs on both alike.
  // The ticket's own subscribers (rules, acknowledgement, priority) run after each creation, as in
  // a store; the pause lets them finish so that one sample's work does not land in the next one's.
  const settle = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS))
  for (let i = 0; i < RULES; i++) await createRuleWorkflow(container).run({ input: RuleInput.parse(ruleBody(i)) })
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const sample = { none: { create: [] as number[], rules: [] as number[] }, fifty: { create: [] as number[], rules: [] as number[] } }
  for (let n = 0; n < TICKETS * 2; n++) {
    const side = n % 2 ? sample.fifty : sample.none
    await pg.raw("UPDATE support_rule SET enabled = ? WHERE deleted_at IS NULL", [side === sample.fifty])
    let id = ""
    side.create.push(await time(async () => {
      id = (await createTicketWorkflow(container).run({ input: ticket(n) })).result.ticket.id
    }))
    side.rules.push(await time(() => runRulesForEvent(container, "ticket.created", { id })))
    await settle()
  }
  const none = { create: stats(sample.none.create), rules: stats(sample.none.rules) }
  const fifty = { create: stats(sample.fifty.create), rules: stats(sample.fifty.rules) }

  // The pure engine over the stored rules and a ticket's facts.
  const stored = (await helpdesk.listSupportRules({ enabled: true }, { order: { position: "ASC" } })).map(parseStoredRule).filter((r): r is Rule => !!r)
  const facts = { channel: "web", status: "open", priority: "normal", category: null, subject: "Where is my parcel", body: "It has been a week.", locale: "en", tags: [], first_ticket: false }
  const engine: number[] = []
  for (let n = 0; n < 2000; n++) {
    const t = process.hrtime.bigint()
    planRules(stored, facts as any, { trigger: "ticket.created" })
    engine.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  console.log(`RULES_BENCH_RESULT ${JSON.stringify({ tickets: TICKETS, rules: stored.length, none, fifty, engine: stats(engine) })}`)
}

import { model } from "@medusajs/framework/utils"

/**
 * One row per (idle rule, ticket, idle period): the idle job inserts it before running the rule,
 * and the unique index makes that claim once-only across workers and ticks. `idle_since` is the
 * ticket's last change (updated_at) when the period began.
 */
const SupportRuleIdleRun = model
  .define("support_rule_idle_run", {
    id: model.id({ prefix: "supidle" }).primaryKey(),
    rule_id: model.text(),
    ticket_id: model.text(),
    idle_since: model.dateTime(),
  })
  .indexes([{ on: ["rule_id", "ticket_id", "idle_since"], unique: true }])

export default SupportRuleIdleRun

import { model } from "@medusajs/framework/utils"
import { RULE_TRIGGERS } from "../domain/rules/schema"

/**
 * An automation rule, stored as data: `conditions` ({ all?, any? }) and `actions` are validated by
 * domain/rules/schema.ts on write and parsed again on read (a row that no longer parses is not run).
 */
const SupportRule = model
  .define("support_rule", {
    id: model.id({ prefix: "suprule" }).primaryKey(),
    name: model.text(),
    description: model.text().nullable(),
    trigger: model.enum([...RULE_TRIGGERS]),
    conditions: model.json(),
    actions: model.json(),
    // ticket.idle only: hours without a change, and the status the ticket sits in (any when null).
    idle_hours: model.number().nullable(),
    idle_status: model.text().nullable(),
    position: model.number().default(0),
    enabled: model.boolean().default(true),
  })
  .indexes([{ on: ["trigger", "enabled", "position"], where: "deleted_at IS NULL" }])

export default SupportRule

import { model } from "@medusajs/framework/utils"

/**
 * First-response and resolution targets (minutes of business time of `business_hours_id`, or
 * around the clock without it) for the tickets it matches: `priority`, `channel` and
 * `customer_group_id` each null = any. The enabled policy with the lowest `position` that matches
 * a ticket is its policy (domain/sla).
 */
const SupportSlaPolicy = model
  .define("support_sla_policy", {
    id: model.id({ prefix: "supsla" }).primaryKey(),
    name: model.text(),
    priority: model.text().nullable(),
    channel: model.text().nullable(),
    customer_group_id: model.text().nullable(),
    first_response_minutes: model.number(),
    resolution_minutes: model.number(),
    business_hours_id: model.text().nullable(),
    position: model.number().default(0),
    enabled: model.boolean().default(true),
  })
  .indexes([{ on: ["position"], where: "deleted_at IS NULL" }])

export default SupportSlaPolicy

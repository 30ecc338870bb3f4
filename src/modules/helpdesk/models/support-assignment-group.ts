import { model } from "@medusajs/framework/utils"

export const ASSIGNMENT_STRATEGIES = ["round_robin", "fewest_open"] as const

/**
 * A named set of agents that rules assign to. `turn` is the round-robin counter, bumped by one
 * atomic UPDATE per ticket so concurrent tickets each get their own turn.
 */
const SupportAssignmentGroup = model
  .define("support_assignment_group", {
    id: model.id({ prefix: "supgrp" }).primaryKey(),
    name: model.text(),
    member_ids: model.array().default([]),
    strategy: model.enum([...ASSIGNMENT_STRATEGIES]).default("round_robin"),
    turn: model.number().default(0),
  })
  .indexes([{ on: ["name"], unique: true, where: "deleted_at IS NULL" }])

export default SupportAssignmentGroup

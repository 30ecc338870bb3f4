import { z } from "@medusajs/framework/zod"
import { RULE_TRIGGERS, RuleInput, RuleUpdate } from "../../../../modules/helpdesk/domain/rules/schema"
import { id, paginationParams } from "../../../utils/schemas"

export const AdminListRules = z
  .object({
    trigger: z.enum(RULE_TRIGGERS).optional(),
    enabled: z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean()).optional(),
    ...paginationParams,
  })
  .strict()
export type AdminListRulesType = z.infer<typeof AdminListRules>

// The rule schema itself (domain/rules/schema.ts): strict, discriminated unions.
export const AdminCreateRule = RuleInput
export type AdminCreateRuleType = z.infer<typeof AdminCreateRule>
export const AdminUpdateRule = RuleUpdate
export type AdminUpdateRuleType = z.infer<typeof AdminUpdateRule>

export const AdminReorderRules = z.object({ ids: z.array(id).min(1).max(500) }).strict()
export type AdminReorderRulesType = z.infer<typeof AdminReorderRules>

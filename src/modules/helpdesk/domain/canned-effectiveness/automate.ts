import { z } from "@medusajs/framework/zod"
import { safeText } from "../text"
import { MAX_CONDITIONS, RuleCondition, RuleInput } from "../rules/schema"

/**
 * Switching a canned reply to automatic (POST /admin/support/canned-effectiveness/:id/automate):
 * a rule whose one action sends the reply, with the merchant's conditions. The conditions use the
 * rule schema itself, so what a rule refuses is refused here too (400).
 */
export const AUTOMATE_TRIGGERS = ["ticket.created", "ticket.customer_replied", "ticket.status_changed"] as const

export const AutomateCannedReplyInput = z
  .object({
    conditions: z.array(RuleCondition).max(MAX_CONDITIONS).optional(),
    match: z.enum(["all", "any"]).optional(),
    trigger: z.enum(AUTOMATE_TRIGGERS).optional(),
    name: safeText({ min: 1, max: 200, trim: true }).optional(),
  })
  .strict()
export type AutomateCannedReplyInput = z.infer<typeof AutomateCannedReplyInput>

const NAME_MAX = 200

/** The rule for `reply`: trigger ticket.created and conditions matched all by default. */
export function automationRuleFor(reply: { id: string; title: string }, input: AutomateCannedReplyInput): RuleInput {
  const conditions = input.conditions ?? []
  const name = input.name ?? `Automatic reply: ${reply.title}`.slice(0, NAME_MAX)
  return {
    name,
    trigger: input.trigger ?? "ticket.created",
    conditions: conditions.length ? { [input.match ?? "all"]: conditions } : {},
    actions: [{ type: "send_canned_reply", value: reply.id }],
    enabled: true,
  }
}

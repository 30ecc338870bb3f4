/** Events of rules, assignment groups and away status; payload `{ id }`. */
export const RuleEvents = {
  RULE_CREATED: "support_rule.created",
  RULE_UPDATED: "support_rule.updated",
  RULE_DELETED: "support_rule.deleted",
  /** A rule run changed a ticket: `{ id: ticket_id, rule_ids }`. */
  RULES_RAN: "support_ticket.rules_ran",
  ASSIGNMENT_GROUP_CREATED: "support_assignment_group.created",
  ASSIGNMENT_GROUP_UPDATED: "support_assignment_group.updated",
  ASSIGNMENT_GROUP_DELETED: "support_assignment_group.deleted",
  AGENT_AWAY_CHANGED: "support_agent.away_changed",
} as const

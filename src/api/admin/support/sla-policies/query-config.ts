export const SLA_POLICY_FIELDS = [
  "id",
  "name",
  "priority",
  "channel",
  "customer_group_id",
  "first_response_minutes",
  "resolution_minutes",
  "business_hours_id",
  "position",
  "enabled",
  "created_at",
  "updated_at",
]

export const adminSlaPolicyListQueryConfig = { defaults: SLA_POLICY_FIELDS, allowed: SLA_POLICY_FIELDS, isList: true }
export const adminSlaPolicyQueryConfig = { defaults: SLA_POLICY_FIELDS, allowed: SLA_POLICY_FIELDS, isList: false }

import { SLA_POLICY_EDITABLE_FIELDS } from "../../../../modules/helpdesk/domain/sla"

export const SLA_POLICY_FIELDS = ["id", ...SLA_POLICY_EDITABLE_FIELDS, "created_at", "updated_at"]

export const adminSlaPolicyListQueryConfig = { defaults: SLA_POLICY_FIELDS, allowed: SLA_POLICY_FIELDS, isList: true }
export const adminSlaPolicyQueryConfig = { defaults: SLA_POLICY_FIELDS, allowed: SLA_POLICY_FIELDS, isList: false }

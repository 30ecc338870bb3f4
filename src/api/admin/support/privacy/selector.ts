import { RequesterSelector } from "../../../../modules/helpdesk/domain/privacy/erasure"
import { AdminPrivacyRequestType } from "./validators"

/** The validated body as a selector (the validator guarantees exactly one key). */
export const selectorOf = (body: AdminPrivacyRequestType): RequesterSelector =>
  body.customer_id ? { customer_id: body.customer_id } : { email: body.email! }

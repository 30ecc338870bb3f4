import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { guestTokenSecret } from "../tickets/guest-token"

/**
 * The secret that signs reply addresses and Message-IDs (domain/email/): the `email.signingSecret`
 * option, else the guest token secret. Outbound mail and the inbound webhook must use this one.
 */
export function emailSigningSecret(container: Pick<MedusaContainer, "resolve">): string {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return helpdesk.getOptions().email.signingSecret ?? guestTokenSecret(container)
}

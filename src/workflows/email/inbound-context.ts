import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { InboundContext } from "../../modules/helpdesk/domain/email/inbound"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** What the inbound mapping needs from the plugin's `email` options. */
export function inboundContext(container: Pick<MedusaContainer, "resolve">): InboundContext {
  const email = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().email
  return { from: email.from, inboundDomain: email.inboundDomain }
}

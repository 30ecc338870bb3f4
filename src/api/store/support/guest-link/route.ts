import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { sendGuestLinksWorkflow } from "../../../../workflows"
import { StoreRequestGuestLinkType } from "./validators"

/**
 * "Send me my link again": new private links for the address's open guest tickets go to that
 * address. The answer is the same 202 whether or not the address has tickets, and it is sent
 * before the work starts, so its timing tells nothing either.
 */
export const POST = async (req: MedusaRequest<StoreRequestGuestLinkType>, res: MedusaResponse) => {
  const enabled = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().email.enabled
  res.status(202).json({ accepted: true })
  await sendGuestLinksWorkflow(req.scope)
    .run({ input: { email: req.validatedBody.email, email_enabled: enabled } })
    .catch((e: unknown) =>
      req.scope
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`helpdesk: guest links not sent: ${e instanceof Error ? e.message : e}`)
    )
}

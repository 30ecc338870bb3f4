import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deriveAccessToken } from "../../modules/helpdesk/domain/access-token"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

type Resolver = Pick<MedusaContainer, "resolve">

/** The secret guest tokens are derived with: the plugin option, else the app's cookieSecret. */
export function guestTokenSecret(container: Resolver): string {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const configured = helpdesk.getOptions().guestTokenSecret
  if (configured) return configured
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  return String(http.cookieSecret ?? http.jwtSecret)
}

/** Re-derives a guest ticket's token, to answer an idempotent retry of its creation. */
export function guestTokenFor(
  container: Resolver,
  ticket: { id: string; access_token_nonce?: string | null }
): string | undefined {
  if (!ticket.access_token_nonce) return undefined
  return deriveAccessToken(guestTokenSecret(container), ticket.id, ticket.access_token_nonce)
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deriveAccessToken, hashAccessToken, newTokenNonce } from "../../../modules/helpdesk/domain/access-token"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { guestTokenSecret } from "../../tickets/guest-token"

export const rotateGuestTokensStepId = "rotate-support-guest-tokens"

/** At most this many tickets per "send me my link" mail (the most recent ones). */
export const GUEST_LINK_MAX_TICKETS = 10

type Previous = { id: string; access_token_nonce: string | null; access_token_hash: string | null; access_token_expires_at: Date | null }

/**
 * New tokens for the open guest tickets of `email` (not closed, not merged): earlier links stop
 * working. Returns each ticket with its new token, for the mail only.
 */
export const rotateGuestTokensStep = createStep(
  rotateGuestTokensStepId,
  async (input: { email: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const tickets = await helpdesk.listSupportTickets(
      { email: input.email.toLowerCase(), customer_id: null, status: ["open", "pending", "solved"], merged_into_id: null },
      {
        select: ["id", "display_id", "access_token_nonce", "access_token_hash", "access_token_expires_at"],
        order: { created_at: "DESC" },
        take: GUEST_LINK_MAX_TICKETS,
      }
    )
    const secret = guestTokenSecret(container)
    const ttlDays = helpdesk.getOptions().guestTokenTtlDays
    const previous: Previous[] = []
    const rotated: { id: string; display_id: number; token: string }[] = []
    for (const t of tickets) {
      const nonce = newTokenNonce()
      const token = deriveAccessToken(secret, t.id, nonce)
      await helpdesk.updateTicketIfVersion(t.id, null, {
        access_token_nonce: nonce,
        access_token_hash: hashAccessToken(token),
        access_token_expires_at: new Date(Date.now() + ttlDays * 86_400_000),
      })
      previous.push({
        id: t.id,
        access_token_nonce: t.access_token_nonce ?? null,
        access_token_hash: t.access_token_hash ?? null,
        access_token_expires_at: t.access_token_expires_at ? new Date(t.access_token_expires_at) : null,
      })
      rotated.push({ id: t.id, display_id: t.display_id, token })
    }
    return new StepResponse(rotated, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    for (const { id, ...values } of previous) await helpdesk.updateTicketIfVersion(id, null, values)
  }
)

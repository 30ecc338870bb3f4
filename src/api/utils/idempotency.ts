import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { idempotencyKeyFor } from "../../modules/helpdesk/domain/access-token"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { guestTokenFor } from "../../workflows/tickets/guest-token"
import { requestFingerprint } from "./fingerprint"

type Created = { ticket: { id: string }; access_token?: string; message?: Record<string, unknown> }

export const IDEMPOTENCY_MISMATCH_MESSAGE =
  "This Idempotency-Key was already used with a different request body; send the same body to retry, or use a new key"

/**
 * Runs `create` at most once per caller and Idempotency-Key: concurrent retries wait on a lock
 * (Locking module, shared across instances with Redis) and get the first ticket back, guest token
 * included, but only when they carry the same body as the first request (its fingerprint is
 * stored with the ticket); another body is a 422 that changes nothing. `caller` must name who
 * could have sent the first request (a customer id; for guests their email and client address),
 * so a key alone never hands a ticket or a token to someone else. The unique index on
 * support_ticket.idempotency_key is the last line of defence.
 */
export async function createTicketIdempotently(
  scope: MedusaContainer,
  opts: {
    caller: string
    key?: string
    body: unknown
    create: (idempotency: { key: string; fingerprint: string } | null) => Promise<Created>
  }
): Promise<Created> {
  const key = opts.key?.trim()
  if (!key) return opts.create(null)
  const scoped = idempotencyKeyFor(opts.caller, key.slice(0, 255))
  const fingerprint = requestFingerprint(opts.body)
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return scope.resolve(Modules.LOCKING).execute(
    `support_ticket:idempotency:${scoped}`,
    async () => {
      const [existing] = await helpdesk.listSupportTickets({ idempotency_key: scoped }, { take: 1 })
      if (!existing) return opts.create({ key: scoped, fingerprint })
      // A ticket stored before fingerprints existed cannot prove the bodies match: refused too.
      if (existing.idempotency_fingerprint !== fingerprint) {
        throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, IDEMPOTENCY_MISMATCH_MESSAGE)
      }
      return { ticket: existing, access_token: guestTokenFor(scope, existing) }
    },
    { timeout: 30 }
  )
}

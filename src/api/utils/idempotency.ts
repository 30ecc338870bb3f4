import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { idempotencyKeyFor } from "../../modules/helpdesk/domain/access-token"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { guestTokenFor } from "../../workflows/tickets/guest-token"

type Created = { ticket: { id: string }; access_token?: string; message?: Record<string, unknown> }

/**
 * Runs `create` at most once per caller and Idempotency-Key: concurrent retries wait on a lock
 * (Locking module, shared across instances with Redis) and get the first ticket back, guest token
 * included. The unique index on support_ticket.idempotency_key is the last line of defence.
 */
export async function createTicketIdempotently(
  scope: MedusaContainer,
  opts: { caller: string; key?: string; create: (scopedKey: string | null) => Promise<Created> }
): Promise<Created> {
  const key = opts.key?.trim()
  if (!key) return opts.create(null)
  const scoped = idempotencyKeyFor(opts.caller, key.slice(0, 255))
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  return scope.resolve(Modules.LOCKING).execute(
    `support_ticket:idempotency:${scoped}`,
    async () => {
      const [existing] = await helpdesk.listSupportTickets({ idempotency_key: scoped }, { take: 1 })
      if (existing) return { ticket: existing, access_token: guestTokenFor(scope, existing) }
      return opts.create(scoped)
    },
    { timeout: 30 }
  )
}

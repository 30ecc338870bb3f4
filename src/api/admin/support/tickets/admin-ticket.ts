import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { HelpdeskActor } from "../../../../workflows/tickets/types"
import { presentAttachment } from "../../../utils/attachments"

type AnyRecord = Record<string, any>
type Resolver = Pick<MedusaContainer, "resolve">

/** The signed-in admin user as the workflows' actor (their first name signs their replies). */
export async function agentActor(req: AuthenticatedMedusaRequest): Promise<Extract<HelpdeskActor, { type: "agent" }>> {
  const id = req.auth_context.actor_id
  const [user] = await req.scope.resolve(Modules.USER).listUsers({ id }, { take: 1 })
  return { type: "agent", id, name: user?.first_name || user?.email || null }
}

export function presentAdminTicket(ticket: AnyRecord) {
  const out: AnyRecord = { ...ticket }
  if ("rated_at" in ticket) {
    out.rating = ticket.rated_at
      ? { score: ticket.rating_score, comment: ticket.rating_comment ?? null, created_at: ticket.rated_at }
      : null
  }
  if (Array.isArray(ticket.messages)) {
    out.messages = [...ticket.messages].sort(
      (a, b) =>
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
        String(a.id).localeCompare(String(b.id))
    )
  }
  if (Array.isArray(out.messages)) out.messages = out.messages.map((m: AnyRecord) => withAttachmentLinks(m, ticket.id))
  return out
}

// Whatever `fields` asked for, an attachment shows only its allowlisted fields and the admin route.
function withAttachmentLinks(message: AnyRecord, ticketId: string | undefined) {
  if (!Array.isArray(message.attachments)) return message
  const id = ticketId ?? message.ticket_id
  return { ...message, attachments: message.attachments.map((a: AnyRecord) => presentAttachment("admin", id, a)) }
}

export async function retrieveAdminTicket(scope: Resolver, id: string, fields: string[]) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_ticket", fields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  return presentAdminTicket(data[0])
}

/** Tickets by id, in the order given. */
export async function listAdminTicketsByIds(scope: Resolver, ids: string[], fields: string[]) {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_ticket", fields, filters: { id: ids } })
  const byId = new Map(data.map((t: AnyRecord) => [t.id, t]))
  return ids.map((id) => byId.get(id)).filter(Boolean).map((t) => presentAdminTicket(t!))
}

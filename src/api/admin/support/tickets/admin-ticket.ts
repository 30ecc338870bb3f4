import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { presentAnswer } from "../../../../modules/helpdesk/domain/surveys/settings"
import { inPageOrder, THREAD_PAGE_SIZE, ThreadPage } from "../../../../modules/helpdesk/domain/thread-page"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import type { HelpdeskActor } from "../../../../workflows/tickets/types"
import { presentAttachment } from "../../../utils/attachments"
import { threadDeliveries, TicketDelivery } from "./message-deliveries"
import { THREAD_MESSAGE_FIELDS } from "./query-config"

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

/**
 * Splits `fields` into the ticket's own and its messages' (without the `messages.` prefix; a
 * wildcard becomes the allowlisted message fields, never the search columns). Null when no
 * message field is asked for.
 */
function splitMessageFields(fields: string[]) {
  const ticketFields: string[] = []
  const messageFields = new Set<string>()
  for (const f of fields) {
    if (f === "messages" || f === "messages.*") THREAD_MESSAGE_FIELDS.forEach((m) => messageFields.add(m))
    else if (f.startsWith("messages.")) messageFields.add(f.slice("messages.".length))
    else ticketFields.push(f)
  }
  return { ticketFields: ticketFields.length ? ticketFields : ["id"], messageFields: messageFields.size ? [...messageFields] : null }
}

/**
 * A page of a ticket's whole thread, internal notes included (agents), with each message's mail
 * state (and, with `ticketMail`, the mail about the ticket itself); null when `before` is not a
 * message of this ticket.
 */
export async function loadAdminThreadPage(
  scope: Resolver,
  ticketId: string,
  page: { before?: string | null; limit: number } = { limit: THREAD_PAGE_SIZE },
  fields: string[] = THREAD_MESSAGE_FIELDS,
  { ticketMail = false }: { ticketMail?: boolean } = {}
): Promise<(ThreadPage<AnyRecord> & { ticket_deliveries: TicketDelivery[] }) | null> {
  const found = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listThreadPage(ticketId, { ...page, publicOnly: false })
  if (!found) return null
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = found.ids.length
    ? await query.graph({ entity: "support_message", fields: [...new Set(["id", ...fields])], filters: { id: found.ids } })
    : { data: [] as AnyRecord[] }
  const rows = data as { id: string }[]
  const deliveries = await threadDeliveries(scope, ticketId, found.ids, { ticketMail })
  const messages = inPageOrder(found.ids, rows).map((m: AnyRecord) => {
    const d = deliveries.byMessage.get(m.id)
    return {
      ...withAttachmentLinks(m, ticketId),
      delivery: d ? { kind: d.kind, status: d.status, attempts: d.attempts, last_error: d.last_error, updated_at: d.updated_at } : null,
    }
  })
  return { messages, count: found.count, has_more: found.hasMore, ticket_deliveries: deliveries.ticket }
}

/** A ticket with the asked-for fields; messages (if asked for) are the newest page of the thread. */
export async function retrieveAdminTicket(scope: Resolver, id: string, fields: string[]) {
  const { ticketFields, messageFields } = splitMessageFields(fields)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_ticket", fields: ticketFields, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${id} was not found`)
  const ticket: AnyRecord = presentAdminTicket(data[0])
  ticket.survey_response = await surveyResponseOf(scope, id)
  if (messageFields) {
    const thread = (await loadAdminThreadPage(scope, id, { limit: THREAD_PAGE_SIZE }, messageFields, { ticketMail: true }))!
    ticket.messages = thread.messages
    ticket.messages_count = thread.count
    ticket.has_earlier_messages = thread.has_more
    ticket.email_deliveries = thread.ticket_deliveries
  }
  return ticket
}

/** The ticket's satisfaction survey answer (or its rating, source "rating"), or null. */
async function surveyResponseOf(scope: Resolver, ticketId: string) {
  const [row] = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportSurveyResponses(
      { ticket_id: ticketId },
      { select: ["id", "source", "scale", "answer", "score", "positive", "comment", "locale", "assignee_id", "solved_at", "created_at"], take: 1 }
    )
  return row ? { ...row, answer: presentAnswer(row.scale, row.answer), answered_at: row.created_at } : null
}

/** Tickets by id, in the order given. */
export async function listAdminTicketsByIds(scope: Resolver, ids: string[], fields: string[]) {
  if (!ids.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "support_ticket", fields, filters: { id: ids } })
  const byId = new Map(data.map((t: AnyRecord) => [t.id, t]))
  return ids.map((id) => byId.get(id)).filter(Boolean).map((t) => presentAdminTicket(t!))
}

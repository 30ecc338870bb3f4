import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { SHOPPER_MAIL_KINDS } from "../../../../modules/helpdesk/domain/email/templates/kinds"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

export type MessageDelivery = { kind: string; status: string; attempts: number; last_error: string | null; updated_at: Date }
export type TicketDelivery = MessageDelivery & { recipient: string }

const TICKET_MAIL_SHOWN = 20
const SHOPPER_KINDS = new Set<string>(SHOPPER_MAIL_KINDS)

/**
 * The state of the mail sent about each message of a thread page (agents only): the shopper's
 * mail when there is one (an agent's reply), else the latest mail about it (e.g. to the
 * assignee); messages no mail was about are absent. With `ticketMail`, also the newest mail about
 * the ticket itself (received, solved, merged...), newest first. One statement.
 */
export async function threadDeliveries(
  scope: Pick<MedusaContainer, "resolve">,
  ticketId: string,
  messageIds: string[],
  { ticketMail }: { ticketMail: boolean }
): Promise<{ byMessage: Map<string, MessageDelivery>; ticket: TicketDelivery[] }> {
  const byMessage = new Map<string, MessageDelivery>()
  const ticket: TicketDelivery[] = []
  if (!messageIds.length && !ticketMail) return { byMessage, ticket }
  const rows = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listThreadEmailDeliveries(ticketId, messageIds, ticketMail ? TICKET_MAIL_SHOWN : 0)
  for (const row of rows) {
    const state = { kind: row.kind, status: row.status, attempts: row.attempts, last_error: row.last_error ?? null, updated_at: row.updated_at }
    if (row.message_id === null) {
      ticket.push({ ...state, recipient: row.recipient })
      continue
    }
    const current = byMessage.get(row.message_id)
    if (current && SHOPPER_KINDS.has(current.kind) && !SHOPPER_KINDS.has(row.kind)) continue
    byMessage.set(row.message_id, state)
  }
  return { byMessage, ticket }
}

import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import { SHOPPER_MAIL_KINDS } from "../../../../modules/helpdesk/domain/email/templates/kinds"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"

export type MessageDelivery = { kind: string; status: string; attempts: number; last_error: string | null; updated_at: Date }

/** Mail about the ticket itself (received, solved, merged...), newest first (agents only). */
export async function ticketDeliveries(scope: Pick<MedusaContainer, "resolve">, ticketId: string) {
  const rows = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportEmailDeliveries(
      { ticket_id: ticketId, message_id: null },
      { select: ["kind", "recipient", "status", "attempts", "last_error", "updated_at"], order: { created_at: "DESC" }, take: 20 }
    )
  return rows.map((r) => ({
    kind: r.kind,
    recipient: r.recipient,
    status: r.status,
    attempts: r.attempts,
    last_error: r.last_error ?? null,
    updated_at: r.updated_at,
  }))
}

/**
 * The state of the mail sent about each message (agents only): the shopper's mail when there is
 * one (an agent's reply), else the latest mail about it (e.g. to the assignee). Messages no mail
 * was about get null.
 */
export async function deliveriesByMessage(
  scope: Pick<MedusaContainer, "resolve">,
  messageIds: string[]
): Promise<Map<string, MessageDelivery>> {
  const out = new Map<string, MessageDelivery>()
  if (!messageIds.length) return out
  const rows = await scope
    .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    .listSupportEmailDeliveries(
      { message_id: messageIds },
      { select: ["message_id", "kind", "status", "attempts", "last_error", "updated_at"], order: { updated_at: "ASC" } }
    )
  const shopper = new Set<string>(SHOPPER_MAIL_KINDS)
  for (const row of rows) {
    const current = out.get(row.message_id!)
    if (current && shopper.has(current.kind) && !shopper.has(row.kind)) continue
    out.set(row.message_id!, {
      kind: row.kind,
      status: row.status,
      attempts: row.attempts,
      last_error: row.last_error ?? null,
      updated_at: row.updated_at,
    })
  }
  return out
}

import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pendingReminderText } from "../../../modules/helpdesk/domain/auto-close"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { storeName } from "../../../api/utils/store-name"
import type { CreateMessageStepInput } from "../../tickets/steps/create-message"
import { AUTO_CLOSE_AUTHOR, loadAutoCloseSettings } from "../settings"

export const claimPendingReminderStepId = "claim-support-pending-reminder"

export type PendingReminderClaim =
  | { claimed: false }
  | { claimed: true; reminder: CreateMessageStepInput; line: CreateMessageStepInput }

/**
 * Claims a pending ticket's one reminder of this wait (service.claimPendingReminder: a
 * conditional UPDATE, so overlapping job runs send it once) and writes its messages' text: the
 * reminder to the shopper in their language, and an internal system line for agents. The
 * compensation gives the claim back.
 */
export const claimPendingReminderStep = createStep(
  claimPendingReminderStepId,
  async (input: { ticket_id: string; quiet_before: Date | string; now?: Date | string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const now = input.now ? new Date(input.now) : new Date()
    const { claimed, previous } = await helpdesk.claimPendingReminder(input.ticket_id, new Date(input.quiet_before), now)
    if (!claimed) return new StepResponse<PendingReminderClaim, { id: string; previous: Date | null } | null>({ claimed: false }, null)
    const [ticket] = (await helpdesk.listSupportTickets(
      { id: input.ticket_id },
      { take: 1, select: ["id", "display_id", "name", "locale", "channel"] }
    )) as any[]
    const settings = await loadAutoCloseSettings(container)
    const solveOn = new Date(now.getTime() + settings.pending_solve_days * 86_400_000)
    return new StepResponse<PendingReminderClaim, { id: string; previous: Date | null } | null>(
      {
        claimed: true,
        reminder: {
          ticket_id: ticket.id,
          author_type: "agent",
          author_id: null,
          author_name: (await storeName(container)) ?? "Support",
          body: pendingReminderText(ticket, settings),
          internal: false,
          channel: ticket.channel,
          metadata: { automation: "auto_close_reminder" },
        },
        line: {
          ticket_id: ticket.id,
          author_type: "system",
          author_name: AUTO_CLOSE_AUTHOR,
          internal: true,
          body: `Reminder sent: no answer from the shopper for ${settings.pending_reminder_days} days; solves on ${solveOn.toISOString().slice(0, 10)} without one`,
          metadata: { event: "auto_close_reminded", solve_after: solveOn.toISOString() },
        },
      },
      { id: ticket.id, previous }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).releasePendingReminder(undo.id, undo.previous)
  }
)

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { autoCloseCutoffs } from "../../modules/helpdesk/domain/auto-close"
import { HELPDESK_MODULE, TicketStatus } from "../../modules/helpdesk/domain/constants"
import { isStaleViewError } from "../../modules/helpdesk/domain/stale-view"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { updateTicketWorkflow } from "../tickets/workflows/update-ticket"
import { AUTO_CLOSE_AUTHOR, loadAutoCloseSettings } from "./settings"
import { sendPendingReminderWorkflow } from "./workflows/send-pending-reminder"

/** Tickets per move and run; the rest wait for the next run, oldest first. */
export const AUTO_CLOSE_BATCH = 200

export type AutoCloseTickResult = { enabled: boolean; closed: number; reminded: number; solved: number }

/**
 * One run of the auto-close job (docs/automation.md "Auto-close"): solved tickets past
 * `solved_close_days` are closed, pending ones quiet for `pending_reminder_days` get their
 * reminder, and pending ones reminded `pending_solve_days` ago with no answer are solved.
 *
 * Status moves go through updateTicketWorkflow (the transition table, a system line by
 * "Auto-close", SLA clocks, priority, support_ticket.status_changed) with the updated_at the
 * ticket was selected at as `expected_updated_at`: a ticket that changed since (a shopper's
 * reply, or another run that moved it first) is refused with a conflict and skipped, so each
 * ticket moves once however many runs overlap. Reminders are claimed by a conditional UPDATE.
 */
export async function runAutoCloseTick(
  container: MedusaContainer,
  opts: { now?: Date; limit?: number } = {}
): Promise<AutoCloseTickResult> {
  const settings = await loadAutoCloseSettings(container)
  const result: AutoCloseTickResult = { enabled: settings.enabled, closed: 0, reminded: 0, solved: 0 }
  if (!settings.enabled) return result
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const now = opts.now ?? new Date()
  const limit = opts.limit ?? AUTO_CLOSE_BATCH
  const cut = autoCloseCutoffs(settings, now)

  const move = async (kind: "close" | "solve", before: Date, status: TicketStatus) => {
    let moved = 0
    for (const candidate of await helpdesk.listAutoCloseCandidates(kind, before, limit)) {
      try {
        await updateTicketWorkflow(container).run({
          input: {
            id: candidate.id,
            actor: { type: "system", name: AUTO_CLOSE_AUTHOR },
            status,
            expected_updated_at: new Date(candidate.updated_at).toISOString(),
          },
        })
        moved++
      } catch (e) {
        if (!isStaleViewError(e)) logger.warn(`helpdesk: auto-close (${kind}) of ticket ${candidate.id} failed: ${(e as Error).message}`)
      }
    }
    return moved
  }

  result.closed = await move("close", cut.close_solved_before, "closed")
  result.solved = await move("solve", cut.solve_reminded_before, "solved")
  for (const candidate of await helpdesk.listAutoCloseCandidates("remind", cut.remind_quiet_before, limit)) {
    try {
      const { result: sent } = await sendPendingReminderWorkflow(container).run({
        input: { ticket_id: candidate.id, quiet_before: cut.remind_quiet_before, now },
      })
      if (sent.sent) result.reminded++
    } catch (e) {
      logger.warn(`helpdesk: auto-close reminder of ticket ${candidate.id} failed: ${(e as Error).message}`)
    }
  }
  return result
}

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { messagesOutsideTicketSearch, planTicketChange, TicketChangeRequest } from "../ticket-changes"

export const applyTicketChangesStepId = "apply-support-ticket-changes"

/** Version races one write may lose before giving up (each loss means another write landed). */
export const MAX_VERSION_RETRIES = 10

export type AppliedTicketChange = {
  /** The ticket as the change was computed from. */
  before: Record<string, any>
  /** The columns written (empty when nothing changed). */
  changes: Record<string, unknown>
}

type Restore = { id: string; values: Record<string, unknown> }

/**
 * Reads each ticket, computes its change from that row (ticket-changes.ts) and writes it with
 * `UPDATE ... WHERE version = <read>`; when another writer bumped the version in between, it reads
 * and computes again. The ticket lock makes that race rare; this makes it harmless even where the
 * lock is per process (several instances with the in-memory locking provider).
 */
export const applyTicketChangesStep = createStep(
  applyTicketChangesStepId,
  async (requests: TicketChangeRequest[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const applied: AppliedTicketChange[] = []
    const restore: Restore[] = []
    try {
      for (const request of requests) {
        applied.push(await applyOne(helpdesk, request, restore))
      }
    } catch (e) {
      // Steps do not compensate themselves: undo the tickets already written before failing.
      await undo(helpdesk, restore)
      throw e
    }
    const ids = requests.map((r) => r.id)
    const rows = await helpdesk.listSupportTickets({ id: ids })
    const tickets = ids.map((id) => rows.find((t) => t.id === id)!)
    return new StepResponse({ tickets, applied }, restore)
  },
  async (restore, { container }) => {
    if (!restore?.length) return
    await undo(container.resolve<HelpdeskModuleService>(HELPDESK_MODULE), restore)
  }
)

async function applyOne(
  helpdesk: HelpdeskModuleService,
  request: TicketChangeRequest,
  restore: Restore[]
): Promise<AppliedTicketChange> {
  for (let attempt = 0; attempt <= MAX_VERSION_RETRIES; attempt++) {
    const [before] = await helpdesk.listSupportTickets({ id: request.id }, { take: 1 })
    if (!before) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${request.id} was not found`)
    const changes = planTicketChange(before as any, request, new Date())
    if (!Object.keys(changes).length) return { before, changes }
    if (await helpdesk.updateTicketIfVersion(before.id, before.version, changes)) {
      const values: Record<string, unknown> = {}
      for (const key of Object.keys(changes)) values[key] = (before as Record<string, unknown>)[key] ?? null
      restore.push({ id: before.id, values })
      const outside = messagesOutsideTicketSearch(before as any, request)
      if (outside) await helpdesk.markMessagesSearchOverflow(outside)
      return { before, changes }
    }
  }
  throw new MedusaError(MedusaError.Types.CONFLICT, `Ticket ${request.id} kept changing, try again`)
}

async function undo(helpdesk: HelpdeskModuleService, restore: Restore[]) {
  for (const { id, values } of [...restore].reverse()) await helpdesk.updateTicketIfVersion(id, null, values)
}

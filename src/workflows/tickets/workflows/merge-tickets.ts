import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { searchTextOf } from "../../../modules/helpdesk/domain/search-tokens"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { assertMergeAllowed } from "../../../modules/helpdesk/domain/merge-rules"
import { applyTicketChangesStep } from "../steps/apply-ticket-changes"
import { refreshSlaClocksStep } from "../../sla/steps/refresh-sla-clocks"
import { refreshPriorityScoresStep } from "../../priority/steps/refresh-priority-scores"
import { slaRefreshesFor } from "../../sla/refresh-inputs"
import { createMessageStep } from "../steps/create-message"
import { loadTicketsStep } from "../steps/load-tickets"
import { lockTicketsStep } from "../steps/lock-tickets"
import { moveMessagesStep } from "../steps/move-messages"
import { unlockTicketsStep } from "../steps/unlock-tickets"
import { TicketChangeRequest } from "../ticket-changes"

export const mergeTicketsWorkflowId = "merge-support-tickets"

export type MergeTicketsWorkflowInput = {
  /** The ticket that stays. */
  target_id: string
  /** Tickets whose messages move to the target; they are closed and point to it. */
  source_ids: string[]
  actor: { id: string; name?: string | null }
  /** Seconds to wait for busy tickets before failing (default 30). */
  lock_timeout_seconds?: number
}

/**
 * Merges duplicate tickets of one requester into one thread. The target's requester must be at
 * least as verified as each source's (domain/merge-rules.ts), else 400 with the reason.
 */
export const mergeTicketsWorkflow = createWorkflow(
  mergeTicketsWorkflowId,
  (input: WorkflowData<MergeTicketsWorkflowInput>) => {
    const locks = lockTicketsStep(
      transform({ input }, ({ input }) => ({
        ids: [input.target_id, ...input.source_ids],
        timeout_seconds: input.lock_timeout_seconds,
      }))
    )
    const ids = transform({ input }, ({ input }) => ({ ids: [input.target_id, ...input.source_ids] }))
    const tickets = loadTicketsStep(ids)

    const plan = transform({ input, tickets }, ({ input, tickets }) => {
      const [target, ...sources] = tickets
      if (!sources.length || sources.some((s) => s.id === target.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name at least one other ticket to merge")
      }
      assertMergeAllowed(target, sources)
      const requests: TicketChangeRequest[] = [
        {
          kind: "merge_into",
          id: target.id,
          sources: sources.map((s) => ({
            id: s.id,
            search_text: s.search_text,
            search_overflow: s.search_overflow,
            last_message_at: s.last_message_at,
          })),
        },
        ...sources.map((s) => ({
          kind: "update" as const,
          id: s.id,
          actor_type: "agent" as const,
          status: "closed" as const,
          // Its thread moves to the target, and with it what the thread made searchable.
          set: { merged_into_id: target.id, search_text: searchTextOf(s.subject) },
        })),
      ]
      return {
        requests,
        note: {
          ticket_id: target.id,
          author_type: "system" as const,
          author_id: input.actor.id,
          author_name: input.actor.name ?? null,
          internal: true,
          body: `Merged tickets ${sources.map((s) => `#${s.display_id}`).join(", ")} into this ticket`,
          metadata: { event: "merged", source_ids: sources.map((s) => s.id) },
        },
      }
    })
    moveMessagesStep({ source_ids: input.source_ids, target_id: input.target_id })
    const applied = applyTicketChangesStep(transform({ plan }, ({ plan }) => plan.requests))
    createMessageStep(transform({ plan }, ({ plan }) => plan.note))
    refreshSlaClocksStep(transform({ applied }, ({ applied }) => slaRefreshesFor(applied.applied)))
    refreshPriorityScoresStep(transform({ applied }, ({ applied }) => ({ ticket_ids: applied.applied.map((a) => a.before.id) })))
    unlockTicketsStep(locks)

    emitEventStep({
      eventName: HelpdeskEvents.MERGED,
      data: { id: input.target_id, source_ids: input.source_ids },
    })
    return new WorkflowResponse(transform({ applied }, ({ applied }) => applied.tickets[0]))
  }
)

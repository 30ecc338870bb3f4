import { MedusaError } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { mergeSearchText } from "../../../modules/helpdesk/domain/search-tokens"
import { createMessageStep } from "../steps/create-message"
import { loadTicketsStep } from "../steps/load-tickets"
import { moveMessagesStep } from "../steps/move-messages"
import { updateTicketsStep } from "../steps/update-tickets"

export const mergeTicketsWorkflowId = "merge-support-tickets"

export type MergeTicketsWorkflowInput = {
  /** The ticket that stays. */
  target_id: string
  /** Tickets whose messages move to the target; they are closed and point to it. */
  source_ids: string[]
  actor: { id: string; name?: string | null }
}

/** Merges duplicate tickets of one requester into one thread. */
export const mergeTicketsWorkflow = createWorkflow(
  mergeTicketsWorkflowId,
  (input: WorkflowData<MergeTicketsWorkflowInput>) => {
    const lock = transform({ input }, ({ input }) => ({
      key: [input.target_id, ...input.source_ids].map((id) => `support_ticket:${id}`),
      timeout: 30,
      ttl: 60,
    }))
    acquireLockStep(lock)
    const ids = transform({ input }, ({ input }) => ({ ids: [input.target_id, ...input.source_ids] }))
    const tickets = loadTicketsStep(ids)

    const plan = transform({ input, tickets }, ({ input, tickets }) => {
      const [target, ...sources] = tickets
      if (!sources.length || sources.some((s) => s.id === target.id)) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, "Name at least one other ticket to merge")
      }
      const sameRequester = (s: typeof target) =>
        (target.customer_id && s.customer_id === target.customer_id) ||
        (!target.customer_id && !s.customer_id && !!target.email && s.email?.toLowerCase() === target.email.toLowerCase())
      if (!sources.every(sameRequester)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only tickets of the same requester can be merged")
      }
      const now = new Date()
      const lastMessage = [target, ...sources]
        .map((t) => t.last_message_at && new Date(t.last_message_at).getTime())
        .filter((t): t is number => !!t)
      return {
        updates: [
          {
            id: target.id,
            search_text: sources.reduce((acc, s) => mergeSearchText(acc, s.search_text ?? ""), target.search_text ?? ""),
            last_message_at: lastMessage.length ? new Date(Math.max(...lastMessage)) : target.last_message_at,
          },
          ...sources.map((s) => ({ id: s.id, status: "closed", closed_at: now, merged_into_id: target.id })),
        ],
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
    const updated = updateTicketsStep(transform({ plan }, ({ plan }) => plan.updates))
    createMessageStep(transform({ plan }, ({ plan }) => plan.note))
    releaseLockStep(lock)

    emitEventStep({
      eventName: HelpdeskEvents.MERGED,
      data: { id: input.target_id, source_ids: input.source_ids },
    })
    return new WorkflowResponse(transform({ updated }, ({ updated }) => updated[0]))
  }
)

import { createHook, createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { erasureAuditLine, RequesterSelector } from "../../../modules/helpdesk/domain/privacy/erasure"
import { createMessagesStep } from "../../tickets/steps/create-messages"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { eraseRequesterTicketsStep } from "../steps/erase-requester-tickets"
import { findRequesterTicketsStep } from "../steps/find-requester-tickets"

export type EraseRequesterDataWorkflowInput = RequesterSelector & {
  /** Who asked: an agent (named in the audit line), or null for the automatic customer-deleted policy. */
  actor?: { id: string; name?: string | null } | null
  /** Passed to the workflow's hook for host extensions (see docs/architecture.md "Hooks"). */
  additional_data?: Record<string, unknown>
}

export const eraseRequesterDataWorkflowId = "erase-support-requester-data"

/**
 * Erases a requester's personal data from the helpdesk (GDPR erasure): on every ticket of the
 * account (customer_id) or filed with the email (deleted tickets too) the subject and every
 * message are replaced and their search tokens cleared, the requester's email, name, account and
 * guest link removed, message metadata (callback numbers) dropped, mail deliveries cleared, and
 * attachments deleted with their stored files. Each ticket keeps an internal system line saying
 * when and by whom. The tickets themselves (status, dates, category, rating score, reported
 * items) stay as anonymous records. Rows are rewritten first (restored if anything fails); the
 * files, which cannot be brought back, are deleted last. Emits `support_privacy.erased`.
 *
 * Hook `requesterErased` ({ ticket_ids, erased, customer_id, additional_data }) runs after the
 * rows are rewritten and before the files go: hosts erase their own copies there; a hook that
 * throws rolls the erasure back with every file still in place.
 *
 * @example
 * const { result } = await eraseRequesterDataWorkflow(container).run({
 *   input: { customer_id: "cus_123", actor: { id: "user_1", name: "Alex" } },
 * })
 * // result.erased: { tickets, messages, attachments }
 */
export const eraseRequesterDataWorkflow = createWorkflow(
  eraseRequesterDataWorkflowId,
  (input: WorkflowData<EraseRequesterDataWorkflowInput>) => {
    const selector = transform({ input }, ({ input }): RequesterSelector =>
      input.customer_id ? { customer_id: input.customer_id } : { email: input.email! }
    )
    const ticketIds = findRequesterTicketsStep(selector)
    const locks = lockTicketsStep(transform({ ticketIds }, ({ ticketIds }) => ({ ids: ticketIds })))
    const erased = eraseRequesterTicketsStep(
      transform({ input, ticketIds }, ({ input, ticketIds }) => ({
        ticket_ids: ticketIds,
        uploader: input.customer_id ? `customer:${input.customer_id}` : null,
      }))
    )
    createMessagesStep(
      transform({ input, ticketIds, erased }, ({ input, ticketIds, erased }) => {
        const at = new Date()
        const by = input.actor ? input.actor.name || input.actor.id : null
        return ticketIds.map((ticket_id) => ({
          ticket_id,
          author_type: "system" as const,
          author_id: input.actor?.id ?? null,
          body: erasureAuditLine({ at, by, ...(erased.per_ticket[ticket_id] ?? { messages: 0, attachments: 0 }) }),
          internal: true,
          metadata: { event: "privacy_erased", by: input.actor?.id ?? null },
        }))
      })
    ).config({ name: "create-support-erasure-audit-lines" })
    const requesterErased = createHook("requesterErased", {
      ticket_ids: ticketIds,
      erased: transform({ erased }, ({ erased }) => erased.counts),
      customer_id: transform({ input }, ({ input }) => input.customer_id ?? null),
      additional_data: input.additional_data,
    })
    unlockTicketsStep(locks)

    deleteFilesWorkflow.runAsStep({ input: transform({ erased }, ({ erased }) => ({ ids: erased.file_ids })) })

    emitEventStep({
      eventName: HelpdeskEvents.PRIVACY_ERASED,
      data: transform({ input, ticketIds }, ({ input, ticketIds }) => ({ ids: ticketIds, customer_id: input.customer_id ?? null })),
    })
    return new WorkflowResponse(transform({ erased }, ({ erased }) => ({ erased: erased.counts })), {
      hooks: [requesterErased],
    })
  }
)

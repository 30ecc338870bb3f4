import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow, emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { findTicketAttachmentsStep } from "../../attachments/steps/find-ticket-attachments"
import { deleteTicketsStep } from "../steps/delete-tickets"
import { lockTicketsStep } from "../steps/lock-tickets"
import { unlockTicketsStep } from "../steps/unlock-tickets"

export type DeleteTicketsWorkflowInput = { ids: string[] }

export const deleteTicketsWorkflowId = "delete-support-tickets"

/**
 * Deletes tickets with their messages, attachment rows and stored files. Rows are soft-deleted
 * first (restorable if anything fails); the files, which cannot be brought back, go last. Each
 * ticket is locked so no reply adds a file meanwhile. Unknown ids are skipped. Returns the ids deleted.
 *
 * @example
 * const { result } = await deleteTicketsWorkflow(container).run({ input: { ids: ["supt_123"] } })
 */
export const deleteTicketsWorkflow = createWorkflow(
  deleteTicketsWorkflowId,
  (input: WorkflowData<DeleteTicketsWorkflowInput>) => {
    const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: input.ids })))
    const attachments = findTicketAttachmentsStep({ ticket_ids: input.ids })
    const deleted = deleteTicketsStep({ ids: input.ids })
    unlockTicketsStep(locks)

    deleteFilesWorkflow.runAsStep({
      input: transform({ attachments }, ({ attachments }) => ({ ids: attachments.map((a) => a.file_id) })),
    })

    emitEventStep({
      eventName: HelpdeskEvents.TICKET_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)

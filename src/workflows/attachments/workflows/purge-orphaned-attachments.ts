import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { deleteAttachmentsStep } from "../steps/delete-attachments"
import { findOrphanedAttachmentsStep } from "../steps/find-orphaned-attachments"

export const purgeOrphanedAttachmentsWorkflowId = "purge-orphaned-support-attachments"

/**
 * Deletes uploads that were never attached to a message, with their stored files. Rows go first
 * (restorable); the files, which cannot be brought back, are deleted last.
 */
export const purgeOrphanedAttachmentsWorkflow = createWorkflow(
  purgeOrphanedAttachmentsWorkflowId,
  (input: WorkflowData<{ older_than: Date; limit?: number }>) => {
    const orphans = findOrphanedAttachmentsStep(
      transform({ input }, ({ input }) => ({ older_than: input.older_than, limit: input.limit ?? 500 }))
    )
    const ids = transform({ orphans }, ({ orphans }) => orphans.map((o) => o.id))
    deleteAttachmentsStep(ids)
    deleteFilesWorkflow.runAsStep({
      input: transform({ orphans }, ({ orphans }) => ({ ids: orphans.map((o) => o.file_id) })),
    })
    return new WorkflowResponse(ids)
  }
)

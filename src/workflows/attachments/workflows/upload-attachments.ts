import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { createAttachmentsStep } from "../steps/create-attachments"

export type UploadAttachmentsWorkflowInput = {
  files: {
    /** Server-generated storage name (never the client's). */
    storage_name: string
    /** Cleaned original name, for display. */
    filename: string
    mime_type: string
    size: number
    content_base64: string
  }[]
  uploaded_by: string
}

export const uploadAttachmentsWorkflowId = "upload-support-attachments"

/**
 * Stores files privately through Medusa's File module and records them as unclaimed attachments.
 * Only the file key is kept; the bytes are read back by the ticket's attachment routes.
 */
export const uploadAttachmentsWorkflow = createWorkflow(
  uploadAttachmentsWorkflowId,
  (input: WorkflowData<UploadAttachmentsWorkflowInput>) => {
    const toUpload = transform({ input }, ({ input }) => ({
      files: input.files.map((f) => ({
        filename: f.storage_name,
        mimeType: f.mime_type,
        content: f.content_base64,
        // Private: the provider's URL is never handed out; the plugin's routes check who asks.
        access: "private" as const,
      })),
    }))
    const stored = uploadFilesWorkflow.runAsStep({ input: toUpload })
    const rows = transform({ input, stored }, ({ input, stored }) =>
      input.files.map((f, i) => ({
        file_id: stored[i].id,
        filename: f.filename,
        mime_type: f.mime_type,
        size: f.size,
        uploaded_by: input.uploaded_by,
      }))
    )
    return new WorkflowResponse(createAttachmentsStep(rows))
  }
)

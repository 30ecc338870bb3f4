import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadAttachmentsWorkflow } from "../../attachments/workflows/upload-attachments"
import { resolveInboundThreadStep } from "../steps/resolve-inbound-thread"
import { ReceiveInboundEmailResult, ReceiveInboundEmailWorkflowInput } from "../types"
import { appendInboundEmailWorkflow } from "./append-inbound-email"
import { openInboundEmailTicketWorkflow } from "./open-inbound-email-ticket"

export const receiveInboundEmailWorkflowId = "receive-support-inbound-email"

/**
 * Stores one inbound mail: its files privately through the File module (upload rules already
 * applied), then as a reply on the requester's ticket, or as a new ticket (see
 * resolve-inbound-thread.ts for which). The message carries `email_message_id` (unique: a second
 * delivery of the same mail fails here and is answered as a duplicate by the webhook) and
 * `metadata.email`. Any failure undoes the files and rows written before it.
 *
 * @example
 * const { result } = await receiveInboundEmailWorkflow(container).run({
 *   input: receiveInputFor(await inboundFromMime(raw, inboundContext(container))),
 * })
 */
export const receiveInboundEmailWorkflow = createWorkflow(
  receiveInboundEmailWorkflowId,
  (input: WorkflowData<ReceiveInboundEmailWorkflowInput>) => {
    const thread = resolveInboundThreadStep(
      transform({ input }, ({ input }) => ({
        from: input.from.address,
        addresses: [...input.to.map((a) => a.address), ...input.cc.map((a) => a.address), ...input.delivered_to],
        in_reply_to: input.in_reply_to,
        references: input.references,
      }))
    )

    const uploaded = when({ input }, ({ input }) => input.files.length > 0).then(() =>
      uploadAttachmentsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ files: input.files, uploaded_by: "email" })),
      })
    )
    const attachmentIds = transform({ uploaded }, ({ uploaded }) => (uploaded ?? []).map((a: { id: string }) => a.id))

    const appended = when({ thread }, ({ thread }) => !!thread.ticket_id).then(() =>
      appendInboundEmailWorkflow.runAsStep({
        input: transform({ input, thread, attachmentIds }, ({ input, thread, attachmentIds }) => ({
          ticket_id: thread.ticket_id!,
          body: input.body,
          author_name: input.from.name,
          customer_id: thread.customer_id,
          email_message_id: input.message_id,
          metadata: { email: input.metadata_email },
          attachment_ids: attachmentIds,
          auto: input.auto,
        })),
      })
    )

    const created = when({ thread }, ({ thread }) => !thread.ticket_id).then(() =>
      openInboundEmailTicketWorkflow.runAsStep({
        input: transform({ input, thread, attachmentIds }, ({ input, thread, attachmentIds }) => ({
          subject: input.subject,
          body: input.body,
          email: input.from.address,
          name: input.from.name,
          email_message_id: input.message_id,
          metadata: { email: input.metadata_email },
          ticket_metadata: {
            auto: input.auto,
            auto_reason: input.auto_reason,
            claimed_ticket_id: thread.claimed_ticket_id,
          },
          attachment_ids: attachmentIds,
        })),
      })
    )

    return new WorkflowResponse(
      transform({ appended, created }, ({ appended, created }): ReceiveInboundEmailResult => {
        const done = appended ?? created!
        return { action: appended ? "appended" : "created", ticket_id: done.ticket_id, message_id: done.message_id }
      })
    )
  }
)

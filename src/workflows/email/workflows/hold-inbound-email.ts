import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { randomBytes } from "crypto"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { HeldMailFormat, HeldMailReason } from "../../../modules/helpdesk/domain/email/inbound/held"
import { createHeldMailStep } from "../steps/create-held-mail"

export type HoldInboundEmailWorkflowInput = {
  sender: string
  subject: string
  reason: HeldMailReason
  message_id: string
  auto: boolean
  format: HeldMailFormat
  /** The mail exactly as received. */
  content_base64: string
}

export const holdInboundEmailWorkflowId = "hold-support-inbound-email"

/**
 * Keeps a mail aside instead of storing it on a ticket: the mail as received goes to the File
 * module (private), a support_held_mail row lists it for agents. Nothing is sent to anyone.
 */
export const holdInboundEmailWorkflow = createWorkflow(
  holdInboundEmailWorkflowId,
  (input: WorkflowData<HoldInboundEmailWorkflowInput>) => {
    const stored = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [
          {
            filename: `support-held-${randomBytes(16).toString("hex")}.${input.format === "mime" ? "eml" : "json"}`,
            mimeType: input.format === "mime" ? "message/rfc822" : "application/json",
            content: input.content_base64,
            access: "private" as const,
          },
        ],
      })),
    })
    const held = createHeldMailStep(
      transform({ input, stored }, ({ input, stored }) => ({
        sender: input.sender,
        subject: input.subject,
        reason: input.reason,
        format: input.format,
        file_id: stored[0].id,
        size: Buffer.byteLength(input.content_base64, "base64"),
        message_id: input.message_id,
        auto: input.auto,
        received_at: new Date(),
      }))
    )
    emitEventStep({
      eventName: HelpdeskEvents.EMAIL_HELD,
      data: transform({ held }, ({ held }) => ({ id: held.id })),
    })
    return new WorkflowResponse(held)
  }
)

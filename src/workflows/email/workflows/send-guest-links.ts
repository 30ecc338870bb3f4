import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { composeGuestLinkMailStep } from "../steps/compose-guest-link-mail"
import { deliverEmailsStep } from "../steps/deliver-emails"
import { recordEmailDeliveriesStep } from "../steps/record-email-deliveries"
import { rotateGuestTokensStep } from "../steps/rotate-guest-tokens"

export const sendGuestLinksWorkflowId = "send-support-guest-links"

/**
 * "Send me my link again" (POST /store/support/guest-link): rotates the tokens of the address's
 * open guest tickets and mails the new links in one mail. Nothing happens for an address without
 * tickets, and the caller is told nothing either way.
 *
 * @example
 * await sendGuestLinksWorkflow(container).run({ input: { email: "ana@example.com" } })
 */
export const sendGuestLinksWorkflow = createWorkflow(
  sendGuestLinksWorkflowId,
  (input: WorkflowData<{ email: string; email_enabled: boolean }>) => {
    // Without mail a rotation would only break the links the guest already has.
    const sent = when({ input }, ({ input }) => input.email_enabled).then(() => {
      const rotated = rotateGuestTokensStep({ email: input.email })
      const mails = composeGuestLinkMailStep({ rotated })
      const recorded = recordEmailDeliveriesStep(mails)
      const ids = transform({ recorded }, ({ recorded }) => recorded.filter((r) => r.status === "pending").map((r) => r.id))
      return deliverEmailsStep(ids)
    })
    return new WorkflowResponse(transform({ sent }, ({ sent }) => sent ?? []))
  }
)

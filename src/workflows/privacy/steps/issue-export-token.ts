import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createExportToken } from "../../../modules/helpdesk/domain/privacy/export-token"
import { guestTokenSecret } from "../../tickets/guest-token"

export const issueExportTokenStepId = "issue-support-privacy-export-token"

/** A short-lived signed link to the customer's own archive (nothing stored: domain/privacy/export-token.ts). */
export const issueExportTokenStep = createStep(issueExportTokenStepId, async (input: { customer_id: string }, { container }) => {
  const { token, expires_at } = createExportToken(guestTokenSecret(container), input.customer_id, new Date())
  return new StepResponse({ token, expires_at })
})

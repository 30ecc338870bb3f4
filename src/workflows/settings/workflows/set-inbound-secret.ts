import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { INBOUND_SECRET_SETTING } from "../../email/inbound-secret"
import { saveSupportSettingStep } from "../steps/save-setting"

export const setInboundSecretWorkflowId = "set-support-inbound-secret"

/**
 * Replaces the inbound webhook's generated secret (the `email.inboundSecret` option, if set, keeps
 * working). Takes the new secret's SHA-256 only: the secret itself is never stored, nor kept in
 * the workflow's input or result.
 *
 * @example
 * await setInboundSecretWorkflow(container).run({ input: { sha256: secretDigestHex(secret) } })
 */
export const setInboundSecretWorkflow = createWorkflow(
  setInboundSecretWorkflowId,
  (input: WorkflowData<{ sha256: string }>) => {
    const value = transform({ input }, ({ input }) => ({
      id: INBOUND_SECRET_SETTING,
      value: { sha256: input.sha256, created_at: new Date().toISOString() },
    }))
    const saved = saveSupportSettingStep(value)
    emitEventStep({ eventName: HelpdeskEvents.INBOUND_SECRET_CHANGED, data: { id: INBOUND_SECRET_SETTING } })
    return new WorkflowResponse(saved)
  }
)

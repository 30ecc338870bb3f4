import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { issueExportTokenStep } from "../steps/issue-export-token"

export const requestCustomerExportWorkflowId = "request-support-customer-export"

/** Where a shopper downloads their archive: public (a plain link sends no key), opened by the token alone. */
export const customerExportPath = (token: string) => `/helpdesk/privacy-exports/${encodeURIComponent(token)}`

/**
 * A signed-in shopper asks for their own data: returns a signed download path valid for an hour
 * (the archive is built when it is downloaded, so it is always current) and emits
 * `support_privacy.export_requested` ({ customer_id, expires_at }) for hosts that also mail it.
 *
 * @example
 * const { result } = await requestCustomerExportWorkflow(container).run({ input: { customer_id: "cus_123" } })
 * // result: { download_url: "/helpdesk/privacy-exports/...", expires_at }
 */
export const requestCustomerExportWorkflow = createWorkflow(
  requestCustomerExportWorkflowId,
  (input: WorkflowData<{ customer_id: string }>) => {
    const issued = issueExportTokenStep(input)
    emitEventStep({
      eventName: HelpdeskEvents.PRIVACY_EXPORT_REQUESTED,
      data: transform({ input, issued }, ({ input, issued }) => ({ customer_id: input.customer_id, expires_at: issued.expires_at })),
    })
    return new WorkflowResponse(
      transform({ issued }, ({ issued }) => ({ download_url: customerExportPath(issued.token), expires_at: issued.expires_at }))
    )
  }
)

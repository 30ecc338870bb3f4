import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { refreshOrderTicketProductsStep } from "../steps/refresh-order-ticket-products"

export const refreshOrderTicketProductsWorkflowId = "refresh-support-order-ticket-products"

/**
 * Keeps the contact rate report's products of an order's tickets (support_ticket_product) on the
 * order's current lines after an edit, a claim or an exchange (subscribers/report-order-lines-changed.ts).
 * Writes only the plugin's table; emits no event (nothing a user sees changes but the report).
 */
export const refreshOrderTicketProductsWorkflow = createWorkflow(
  refreshOrderTicketProductsWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => new WorkflowResponse(refreshOrderTicketProductsStep(input))
)

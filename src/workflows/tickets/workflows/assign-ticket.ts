import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTicketWorkflow } from "./update-ticket"

export const assignTicketWorkflowId = "assign-support-ticket"

/** Assigns a ticket to an admin user (null unassigns): updateTicketWorkflow with one field. */
export const assignTicketWorkflow = createWorkflow(
  assignTicketWorkflowId,
  (input: WorkflowData<{ id: string; assignee_id: string | null; actor_id: string }>) => {
    const ticket = updateTicketWorkflow.runAsStep({
      input: { id: input.id, assignee_id: input.assignee_id, actor: { type: "agent", id: input.actor_id } },
    })
    return new WorkflowResponse(ticket)
  }
)

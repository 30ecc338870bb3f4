import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { deleteHeldMailStep } from "../steps/delete-held-mail"
import { loadHeldMailStep } from "../steps/load-held-mail"

export const deleteHeldMailWorkflowId = "delete-support-held-mail"

/** Drops a held mail: its row, then its file. */
export const deleteHeldMailWorkflow = createWorkflow(
  deleteHeldMailWorkflowId,
  (input: WorkflowData<{ id: string }>) => {
    const loaded = loadHeldMailStep(transform({ input }, ({ input }) => ({ id: input.id })))
    deleteHeldMailStep(transform({ input }, ({ input }) => ({ id: input.id })))
    deleteFilesWorkflow.runAsStep({ input: transform({ loaded }, ({ loaded }) => ({ ids: [loaded.held.file_id] })) })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
  }
)

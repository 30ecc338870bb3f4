import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { deleteHeldMailStep } from "../steps/delete-held-mail"
import { loadHeldMailStep } from "../steps/load-held-mail"
import { parseHeldMailStep } from "../steps/parse-held-mail"
import { receiveInboundEmailWorkflow } from "./receive-inbound-email"

export const releaseHeldMailWorkflowId = "release-support-held-mail"

/**
 * Stores a held mail as if it had just arrived (threading, sender check, attachments: the
 * receive workflow), without the per-sender limit, then removes it from the held list. A mail
 * stored meanwhile (delivered again later) is not stored twice.
 *
 * @example
 * const { result } = await releaseHeldMailWorkflow(container).run({ input: { id: "supheld_..." } })
 */
export const releaseHeldMailWorkflow = createWorkflow(
  releaseHeldMailWorkflowId,
  (input: WorkflowData<{ id: string }>) => {
    const loaded = loadHeldMailStep(transform({ input }, ({ input }) => ({ id: input.id, content: true })))
    const parsed = parseHeldMailStep(
      transform({ loaded }, ({ loaded }) => ({ format: loaded.held.format, content_base64: loaded.content_base64! }))
    )
    const received = when({ parsed }, ({ parsed }) => !parsed.stored).then(() =>
      receiveInboundEmailWorkflow.runAsStep({ input: transform({ parsed }, ({ parsed }) => parsed.receive) })
    )
    deleteHeldMailStep(transform({ input }, ({ input }) => ({ id: input.id })))
    deleteFilesWorkflow.runAsStep({ input: transform({ loaded }, ({ loaded }) => ({ ids: [loaded.held.file_id] })) })

    return new WorkflowResponse(
      transform({ received, parsed }, ({ received, parsed }) => ({
        ticket_id: received?.ticket_id ?? parsed.stored!.ticket_id,
        message_id: received?.message_id ?? parsed.stored!.id,
        action: received?.action ?? ("duplicate" as const),
      }))
    )
  }
)

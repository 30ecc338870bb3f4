import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadAttachmentsWorkflow } from "../../../../workflows"
import { preparedUploads, presentUploads } from "../../../utils/receive-files"

/** An agent's files, claimable by that agent's replies, notes and new tickets (`user:<id>`). */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const files = preparedUploads(req)
  const { result } = await uploadAttachmentsWorkflow(req.scope).run({
    input: { files, uploaded_by: `user:${req.auth_context.actor_id}` },
  })
  res.status(201).json(presentUploads(result))
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteCannedRepliesWorkflow, updateCannedRepliesWorkflow } from "../../../../../workflows/canned-replies"
import { retrieveCannedReply } from "../canned-reply"
import { AdminUpdateCannedReplyType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const canned_reply = await retrieveCannedReply(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ canned_reply })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCannedReplyType>, res: MedusaResponse) => {
  await updateCannedRepliesWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const canned_reply = await retrieveCannedReply(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ canned_reply })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await retrieveCannedReply(req.scope, req.params.id, ["id"])
  await deleteCannedRepliesWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "canned_reply", deleted: true })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createCannedRepliesWorkflow } from "../../../../workflows/canned-replies"
import { listCannedReplies, retrieveCannedReply } from "./canned-reply"
import { AdminCreateCannedReplyType, AdminListCannedRepliesType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCannedRepliesType>,
  res: MedusaResponse
) => {
  const { q, category, locale, limit, offset } = req.validatedQuery as AdminListCannedRepliesType
  const { canned_replies, count } = await listCannedReplies(
    req.scope,
    { q, category, locale },
    { limit, offset, order: req.queryConfig.pagination?.order as Record<string, "ASC" | "DESC"> | undefined },
    req.queryConfig.fields
  )
  res.json({ canned_replies, count, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCannedReplyType>, res: MedusaResponse) => {
  const { result } = await createCannedRepliesWorkflow(req.scope).run({
    input: { canned_replies: [req.validatedBody] },
  })
  const canned_reply = await retrieveCannedReply(req.scope, result[0].id, req.queryConfig.fields)
  res.status(201).json({ canned_reply })
}

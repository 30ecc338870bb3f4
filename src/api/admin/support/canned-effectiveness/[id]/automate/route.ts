import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { automateCannedReplyWorkflow } from "../../../../../../workflows/canned-effectiveness"
import { retrieveRule } from "../../../rules/rule"
import { AdminAutomateCannedReplyType } from "../../validators"

/** Switches the canned reply to automatic: a new enabled rule that sends it (201 with the rule). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAutomateCannedReplyType>, res: MedusaResponse) => {
  const { result } = await automateCannedReplyWorkflow(req.scope).run({ input: { canned_reply_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ rule: await retrieveRule(req.scope, result.id) })
}

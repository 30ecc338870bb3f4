import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseHeldMailWorkflow } from "../../../../../../../workflows/email"

/** Stores the held mail as a normal inbound mail: `{ ticket_id, message_id, action }`. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await releaseHeldMailWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ released: { id: req.params.id, ...result } })
}

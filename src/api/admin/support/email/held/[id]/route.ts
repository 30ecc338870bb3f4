import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteHeldMailWorkflow } from "../../../../../../workflows/email"

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteHeldMailWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "support_held_mail", deleted: true })
}

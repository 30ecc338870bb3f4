import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateTicketWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicket } from "../../store-ticket"

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const actor = await storeActor(req)
  await updateTicketWorkflow(req.scope).run({ input: { id: req.params.id, actor, status: "closed" } })
  res.json({ ticket: await retrieveStoreTicket(req.scope, req.params.id, actor) })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateTicketWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicketFollowingMerges } from "../../store-ticket"

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const actor = await storeActor(req)
  // Reopening a merged ticket reopens the surviving one, which the response shows.
  await updateTicketWorkflow(req.scope).run({ input: { id: req.params.id, actor, status: "open", follow_merges: true } })
  res.json(await retrieveStoreTicketFollowingMerges(req.scope, req.params.id, actor))
}

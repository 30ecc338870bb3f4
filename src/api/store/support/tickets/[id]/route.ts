import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeActor } from "../store-actor"
import { retrieveStoreTicketFollowingMerges } from "../store-ticket"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await retrieveStoreTicketFollowingMerges(req.scope, req.params.id, await storeActor(req)))
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { storeActor } from "../store-actor"
import { retrieveStoreTicket } from "../store-ticket"

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const ticket = await retrieveStoreTicket(req.scope, req.params.id, await storeActor(req))
  res.json({ ticket })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyGuestTicketWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicket } from "../../store-ticket"

/** The guest opened their private link: the ticket's email counts as proven ("verified_email"). */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const actor = await storeActor(req)
  await verifyGuestTicketWorkflow(req.scope).run({ input: { ticket_id: req.params.id, actor } })
  res.json({ ticket: await retrieveStoreTicket(req.scope, req.params.id, actor) })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rateTicketWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicket } from "../../store-ticket"
import { StoreRateTicketType } from "../../validators"

export const POST = async (req: MedusaRequest<StoreRateTicketType>, res: MedusaResponse) => {
  const actor = await storeActor(req)
  await rateTicketWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      actor,
      score: req.validatedBody.score,
      comment: req.validatedBody.comment ?? null,
    },
  })
  res.json({ ticket: await retrieveStoreTicket(req.scope, req.params.id, actor) })
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicket } from "../../store-ticket"
import { StoreAddTicketMessageType } from "../../validators"

export const POST = async (req: MedusaRequest<StoreAddTicketMessageType>, res: MedusaResponse) => {
  const actor = await storeActor(req)
  await addTicketMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      body: req.validatedBody.body,
      attachment_ids: req.validatedBody.attachment_ids,
      channel: "web",
      actor,
    },
  })
  res.status(201).json({ ticket: await retrieveStoreTicket(req.scope, req.params.id, actor) })
}

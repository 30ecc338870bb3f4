import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicketFollowingMerges } from "../../store-ticket"
import { StoreAddTicketMessageType } from "../../validators"

export const POST = async (req: MedusaRequest<StoreAddTicketMessageType>, res: MedusaResponse) => {
  const actor = await storeActor(req)
  // A reply on a merged ticket lands on the surviving one, which the response shows.
  await addTicketMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      body: req.validatedBody.body,
      attachment_ids: req.validatedBody.attachment_ids,
      channel: "web",
      actor,
      follow_merges: true,
      additional_data: req.validatedBody.additional_data,
    },
  })
  res.status(201).json(await retrieveStoreTicketFollowingMerges(req.scope, req.params.id, actor))
}

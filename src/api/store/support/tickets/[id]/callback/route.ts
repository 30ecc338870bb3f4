import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CALLBACK_TAG, callbackRequestLine } from "../../../../../../modules/helpdesk/domain/calls"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { retrieveStoreTicket } from "../../store-ticket"
import { StoreRequestCallbackType } from "../../validators"

/** "Call me back": a `phone` line on the thread, the number and window for agents, a tag for the inbox view. */
export const POST = async (req: MedusaRequest<StoreRequestCallbackType>, res: MedusaResponse) => {
  const actor = await storeActor(req)
  const { phone, window_start, window_end } = req.validatedBody
  const { result } = await addTicketMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      actor,
      body: callbackRequestLine(phone, new Date(window_start), new Date(window_end)),
      channel: "phone",
      metadata: { callback: { phone, window_start, window_end } },
      add_tags: [CALLBACK_TAG],
      follow_merges: true,
    },
  })
  res.json({ ticket: await retrieveStoreTicket(req.scope, result.ticket.id, actor) })
}

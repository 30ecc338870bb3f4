import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { storeActor } from "../../store-actor"
import { storeName } from "../../../../../utils/store-name"
import {
  loadStoreThreadPage,
  needsStoreName,
  presentStoreMessage,
  retrieveStoreTicketFollowingMerges,
  retrieveStoreTicketRow,
  surveyLinkerFor,
} from "../../store-ticket"
import { StoreAddTicketMessageType, StoreListTicketMessagesType } from "../../validators"

/** Earlier pages of the public thread (the ticket itself carries the newest one). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const { before, limit } = req.validatedQuery as StoreListTicketMessagesType
  await retrieveStoreTicketRow(req.scope, req.params.id, await storeActor(req))
  const page = await loadStoreThreadPage(req.scope, req.params.id, { before, limit })
  if (!page) throw new MedusaError(MedusaError.Types.INVALID_DATA, `No message ${before} in this ticket`)
  const staffName = needsStoreName(page.messages) ? await storeName(req.scope) : null
  const linker = surveyLinkerFor(req.scope, page.messages)
  const messages = page.messages.map((m) => presentStoreMessage(m, req.params.id, staffName, linker))
  res.json({ messages, count: page.count, limit, has_more: page.has_more })
}

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

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CALLBACK_TAG, callSummaryLine } from "../../../../../../modules/helpdesk/domain/calls"
import { addTicketMessageWorkflow } from "../../../../../../workflows"
import { agentActor, retrieveAdminTicket } from "../../admin-ticket"
import { AdminLogCallType } from "../../validators"

/** A phone call the agent made: the shopper sees the outcome line; the notes stay in the message's metadata. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminLogCallType>, res: MedusaResponse) => {
  const { outcome, duration_seconds, notes } = req.validatedBody
  await addTicketMessageWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      actor: await agentActor(req),
      body: callSummaryLine(outcome, duration_seconds),
      channel: "phone",
      metadata: { call: { outcome, duration_seconds: duration_seconds ?? null, notes: notes ?? null } },
      remove_tags: [CALLBACK_TAG],
    },
  })
  res.status(201).json({ ticket: await retrieveAdminTicket(req.scope, req.params.id, req.queryConfig.fields) })
}

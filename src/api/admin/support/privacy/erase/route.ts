import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { eraseRequesterDataWorkflow } from "../../../../../workflows/privacy/workflows/erase-requester-data"
import { agentActor } from "../../tickets/admin-ticket"
import { selectorOf } from "../selector"
import { AdminPrivacyRequestType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminPrivacyRequestType>, res: MedusaResponse) => {
  const actor = await agentActor(req)
  const { result } = await eraseRequesterDataWorkflow(req.scope).run({
    input: {
      ...selectorOf(req.validatedBody),
      actor: { id: actor.id, name: actor.name },
      additional_data: req.validatedBody.additional_data,
    },
  })
  res.json(result)
}

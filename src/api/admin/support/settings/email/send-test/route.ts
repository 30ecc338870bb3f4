import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { sendTestEmailWorkflow } from "../../../../../../workflows"
import { AdminSendTestEmailType } from "../../validators"

/** Sends a test mail to `to`, by default the signed-in admin; answers how it went. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSendTestEmailType>, res: MedusaResponse) => {
  let to = req.validatedBody.to
  if (!to) {
    const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: req.auth_context.actor_id }, { take: 1 })
    to = user?.email
  }
  if (!to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Give `to`: your user has no email address")
  const { result } = await sendTestEmailWorkflow(req.scope).run({ input: { to } })
  res.json({ test_email: result })
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomBytes } from "crypto"
import { setInboundSecretWorkflow } from "../../../../../../workflows"
import { secretDigestHex } from "../../../../../../modules/helpdesk/domain/email/secret-digest"

/**
 * A new secret for the inbound webhook, answered once: only its SHA-256 is stored. The previous
 * generated secret stops working; the `email.inboundSecret` option, if set, keeps working.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const secret = randomBytes(32).toString("base64url")
  const { result } = await setInboundSecretWorkflow(req.scope).run({ input: { sha256: secretDigestHex(secret) } })
  res.setHeader("Cache-Control", "no-store")
  res.json({ inbound_secret: { secret, created_at: (result as { created_at: string }).created_at } })
}

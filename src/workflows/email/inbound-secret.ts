import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { secretDigestHex } from "../../modules/helpdesk/domain/email/secret-digest"

/** The support_setting row of a webhook secret generated in the admin: `{ sha256, created_at }`. */
export const INBOUND_SECRET_SETTING = "email_inbound_secret"

type Stored = { sha256?: unknown; created_at?: unknown }

/**
 * What opens the inbound webhook: the `email.inboundSecret` option and the secret last generated
 * in Settings -> Support -> Email (only its SHA-256 is stored, so it is shown once).
 */
export async function inboundSecrets(helpdesk: HelpdeskModuleService) {
  const option = helpdesk.getOptions().email.inboundSecret
  const [row] = await helpdesk.listSupportSettings({ id: INBOUND_SECRET_SETTING }, { take: 1 })
  const stored = (row?.value ?? {}) as Stored
  const generated = typeof stored.sha256 === "string" && /^[0-9a-f]{64}$/.test(stored.sha256) ? stored.sha256 : null
  return {
    digests: [...(option ? [secretDigestHex(option)] : []), ...(generated ? [generated] : [])],
    option: !!option,
    generated_at: generated && typeof stored.created_at === "string" ? stored.created_at : null,
  }
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import {
  InboundMail,
  InboundMailError,
  inboundFromMime,
  inboundFromPostmark,
} from "../../../../modules/helpdesk/domain/email/inbound"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import {
  holdInboundEmailWorkflow,
  inboundContext,
  receiveInboundEmailWorkflow,
  receiveInputFor,
} from "../../../../workflows/email"
import { inboundSecrets } from "../../../../workflows/email/inbound-secret"
import { heldInboundMail, storedInboundMessage } from "../../../../workflows/email/stored-mail"
import { carriesInboundSecret } from "../../../utils/inbound-auth"
import { BodyTooLargeError, readRawBody } from "../../../utils/read-raw-body"

const MIME_TYPES = new Set(["message/rfc822", "text/plain", "application/octet-stream"])

/**
 * The inbound mail webhook (docs/email.md "Receiving mail"). Answers 2xx only once the mail is
 * stored (or was already, or is held), so a relay retries anything else.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const options = helpdesk.getOptions().email
  const refuse = (status: number, type: string, message: string) => {
    res.setHeader("Connection", "close")
    res.on("finish", () => req.destroy())
    res.status(status).json({ type, message })
  }

  const secrets = options.enabled ? await inboundSecrets(helpdesk) : null
  if (!secrets?.digests.length) {
    return refuse(503, "unexpected_state", "Inbound email is not configured (email.enabled, and email.inboundSecret or a secret generated in the admin)")
  }
  if (!carriesInboundSecret(req.headers.authorization, secrets.digests)) {
    res.setHeader("WWW-Authenticate", 'Bearer realm="support-email"')
    return refuse(401, "unauthorized", "Unauthorized")
  }
  const contentType = String(req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase()
  const json = contentType === "application/json"
  if (!json && !MIME_TYPES.has(contentType)) {
    return refuse(415, "invalid_data", "Send raw MIME as message/rfc822, or Postmark's inbound JSON as application/json")
  }

  let raw: Buffer
  try {
    raw = await readRawBody(req, options.maxInboundBytes)
  } catch (e) {
    if (e instanceof BodyTooLargeError) {
      logger.warn(`support email: refused a mail over ${options.maxInboundBytes} bytes`)
      return refuse(413, "invalid_data", `The mail is larger than ${options.maxInboundBytes} bytes`)
    }
    throw e
  }

  let mail: InboundMail
  try {
    const ctx = inboundContext(req.scope)
    if (json) {
      let body: unknown
      try {
        body = JSON.parse(raw.toString("utf8"))
      } catch {
        throw new InboundMailError("The body is not JSON")
      }
      mail = await inboundFromPostmark(body, ctx)
    } else {
      mail = await inboundFromMime(raw, ctx)
    }
  } catch (e) {
    if (!(e instanceof InboundMailError)) throw e
    logger.warn(`support email: refused an unreadable mail (${raw.length} bytes): ${e.message}`)
    return res.status(400).json({ type: "invalid_data", message: e.message })
  }

  const duplicate = async () => {
    const stored = await storedInboundMessage(req.scope, mail.message_id)
    if (stored) return { status: "duplicate", ticket_id: stored.ticket_id, message_id: stored.id }
    const held = await heldInboundMail(req.scope, mail.message_id)
    return held ? { status: "duplicate", held_mail_id: held.id } : null
  }
  const known = await duplicate()
  if (known) return res.status(200).json(known)

  const limit = await helpdesk.hitRateLimit("inboundPerSender", mail.from.address, {
    max: options.inboundPerSenderPerHour,
    windowSeconds: 3600,
  })
  try {
    if (!limit.allowed) {
      const { result } = await holdInboundEmailWorkflow(req.scope).run({
        input: {
          sender: mail.from.address,
          subject: mail.subject,
          reason: "loop",
          message_id: mail.message_id,
          auto: mail.auto,
          format: json ? "postmark" : "mime",
          content_base64: raw.toString("base64"),
        },
      })
      logger.warn(`support email: held mail from ${mail.from.address} (over ${options.inboundPerSenderPerHour} an hour)`)
      return res.status(202).json({ status: "held", held_mail_id: result.id })
    }
    const { result } = await receiveInboundEmailWorkflow(req.scope).run({ input: receiveInputFor(mail) })
    return res.status(200).json({ status: "stored", ...result })
  } catch (e) {
    // Two deliveries of one mail at once: the unique Message-ID index let one through.
    const raced = await duplicate()
    if (raced) return res.status(200).json(raced)
    throw e
  }
}

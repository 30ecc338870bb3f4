import { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { Transporter } from "nodemailer"
import { hasLineBreak, mailHeadersFrom } from "../../modules/helpdesk/domain/email/headers"

/**
 * Options (`providers: [{ resolve: "medusa-plugin-helpdesk/providers/smtp", id: "smtp",
 * options: { channels: ["email"], url: "smtp://user:pass@host:587", from: "..." } }]`):
 * either `url` (smtp:// or smtps://) or `host`/`port`/`secure`/`auth`.
 */
export type SmtpProviderOptions = {
  url?: string
  host?: string
  port?: number
  secure?: boolean
  auth?: { user: string; pass: string }
  /** The sender when a notification names none. */
  from?: string
  /** Milliseconds to wait for the server (connect, greeting, each command). Default 15 s. */
  timeoutMs?: number
}

type Dependencies = { logger: Logger }

const ADDRESS = /^[^\s<>@,;"]+@[^\s<>@,;"]+$/

export class SmtpNotificationService extends AbstractNotificationProviderService {
  static identifier = "helpdesk-smtp"

  protected readonly transporter_: Transporter
  protected readonly options_: SmtpProviderOptions
  protected readonly logger_: Logger

  static validateOptions(options: Record<string, unknown>) {
    if (!options?.url && !options?.host) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "helpdesk-smtp: set `url` (smtp://...) or `host`")
    }
  }

  constructor({ logger }: Dependencies, options: SmtpProviderOptions) {
    super()
    this.logger_ = logger
    this.options_ = options
    const timeout = options.timeoutMs ?? 15_000
    const common = {
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      // Mail content never names files or URLs for nodemailer to read.
      disableFileAccess: true,
      disableUrlAccess: true,
    }
    this.transporter_ = options.url
      ? nodemailer.createTransport(options.url, common)
      : nodemailer.createTransport({
          host: options.host,
          port: options.port,
          secure: options.secure,
          auth: options.auth,
          ...common,
        })
  }

  async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const to = notification.to?.trim() ?? ""
    if (!ADDRESS.test(to)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "helpdesk-smtp: `to` must be one email address")
    }
    const from = notification.from?.trim() || this.options_.from
    if (!from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "helpdesk-smtp: no sender (`from`)")
    const content = notification.content ?? {}
    const subject = content.subject ?? ""
    if (hasLineBreak(subject) || hasLineBreak(from)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "helpdesk-smtp: subject and sender must be one line")
    }
    const headers = mailHeadersFrom(notification.data)
    const info = await this.transporter_.sendMail({
      from,
      to,
      // The envelope names the one recipient, whatever the headers say.
      envelope: { from: bareAddress(from), to: [to] },
      subject,
      text: content.text ?? undefined,
      html: content.html ?? undefined,
      messageId: headers["Message-ID"],
      inReplyTo: headers["In-Reply-To"],
      references: headers["References"],
      replyTo: headers["Reply-To"],
      headers: headers["Auto-Submitted"] ? { "Auto-Submitted": headers["Auto-Submitted"] } : undefined,
      attachments: (notification.attachments ?? []).map((a) => ({
        filename: a.filename,
        content: a.content,
        encoding: "base64",
        contentType: a.content_type,
        contentDisposition: a.disposition === "inline" ? "inline" : "attachment",
        cid: a.id,
      })),
    })
    return { id: info.messageId }
  }
}

function bareAddress(from: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(from)
  return (angle ? angle[1] : from).trim()
}

export default SmtpNotificationService

import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type { MailHeaders } from "../../modules/helpdesk/domain/email/headers"
import type HelpdeskModuleService from "../../modules/helpdesk/service"

/** What a delivery row keeps until the mail is sent (support_email_delivery.payload). */
export type EmailPayload = {
  from: string
  subject: string
  text: string
  html: string
  headers: MailHeaders
  kind: string
  locale: string
  ticket_id: string
  message_id: string | null
}

export type DeliveryOutcome = { id: string; status: "sent" | "failed" | "skipped"; error?: string }

/** Seconds before attempt n+1 (n = attempts made so far). */
const BACKOFF_SECONDS = [60, 300, 1800, 7200, 21600]
export function retryDelaySeconds(attempts: number): number {
  return BACKOFF_SECONDS[Math.min(attempts - 1, BACKOFF_SECONDS.length - 1)] ?? 60
}

// Long enough for a slow SMTP exchange; after it, the retry job may try again.
const LEASE_SECONDS = 120

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * One attempt at one delivery. Only the run that claims the attempt sends; the notification's
 * idempotency key names the attempt, so a crash after the provider accepted the mail is found on
 * the next attempt (the earlier notification succeeded) instead of sending twice. Never throws
 * for a failed send: the failure is recorded on the delivery and retried by the job.
 */
export async function deliverEmail(container: Resolver, deliveryId: string): Promise<DeliveryOutcome> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const maxAttempts = helpdesk.getOptions().email.maxAttempts
  const claimed = await helpdesk.claimEmailDelivery(deliveryId, { maxAttempts, leaseSeconds: LEASE_SECONDS })
  if (!claimed) return { id: deliveryId, status: "skipped" }

  const notification = container.resolve(Modules.NOTIFICATION)
  const keyOf = (attempt: number) => `${claimed.idempotency_key}#${attempt}`
  if (claimed.attempts > 1) {
    // The notification model has the column; its filter type does not list it.
    const byKey = { idempotency_key: keyOf(claimed.attempts - 1) } as Record<string, unknown>
    const [earlier] = await notification.listNotifications(
      byKey as Parameters<typeof notification.listNotifications>[0],
      { select: ["id", "status"], take: 1 }
    )
    if (earlier?.status === "success") {
      await helpdesk.finishEmailDelivery(deliveryId, { status: "sent" })
      return { id: deliveryId, status: "sent" }
    }
  }

  const payload = claimed.payload as EmailPayload | null
  try {
    if (!payload) throw new Error("Nothing to send (no rendered mail kept)")
    await notification.createNotifications({
      to: claimed.recipient,
      from: payload.from,
      channel: "email",
      template: `helpdesk.${payload.kind}`,
      content: { subject: payload.subject, text: payload.text, html: payload.html },
      data: {
        headers: payload.headers,
        kind: payload.kind,
        locale: payload.locale,
        ticket_id: payload.ticket_id,
        message_id: payload.message_id,
        subject: payload.subject,
      },
      resource_type: "support_ticket",
      resource_id: payload.ticket_id,
      idempotency_key: keyOf(claimed.attempts),
    })
    await helpdesk.finishEmailDelivery(deliveryId, { status: "sent" })
    return { id: deliveryId, status: "sent" }
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    const retryInSeconds = claimed.attempts < maxAttempts ? retryDelaySeconds(claimed.attempts) : null
    await helpdesk.finishEmailDelivery(deliveryId, { status: "failed", error, retryInSeconds })
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`helpdesk: mail ${deliveryId} (attempt ${claimed.attempts}/${maxAttempts}) failed: ${error}`)
    return { id: deliveryId, status: "failed", error }
  }
}

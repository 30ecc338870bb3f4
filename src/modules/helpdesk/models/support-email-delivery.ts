import { model } from "@medusajs/framework/utils"

export const EMAIL_DELIVERY_STATUSES = ["pending", "sent", "failed", "suppressed"] as const

/**
 * One mail the plugin means to send: which mail (`kind`) about which message or ticket to whom.
 * `idempotency_key` (unique) makes a retried subscriber or workflow find the row it already wrote
 * instead of sending again. `payload` holds the rendered mail until it is sent, so the retry job
 * resends exactly what failed; it is cleared once sent or suppressed.
 */
const SupportEmailDelivery = model
  .define("support_email_delivery", {
    id: model.id({ prefix: "supmail" }).primaryKey(),
    ticket_id: model.text(),
    message_id: model.text().nullable(),
    kind: model.text(),
    recipient: model.text(),
    status: model.enum([...EMAIL_DELIVERY_STATUSES]).default("pending"),
    attempts: model.number().default(0),
    last_error: model.text().nullable(),
    next_attempt_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    idempotency_key: model.text(),
    payload: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["ticket_id"] },
    { on: ["status", "next_attempt_at"], where: "status IN ('pending', 'failed')" },
  ])

export default SupportEmailDelivery

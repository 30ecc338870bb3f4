import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import type { EmailPayload } from "../deliver-email"

export type EmailToRecord = {
  ticket_id: string
  message_id: string | null
  kind: string
  recipient: string
  /** Unique per (message or ticket, kind, recipient): a repeat finds the first row. */
  idempotency_key: string
  /** "suppressed": recorded for agents to see (e.g. over a cap), never sent. */
  status: "pending" | "suppressed"
  reason?: string | null
  payload: EmailPayload | null
}

export const recordEmailDeliveriesStepId = "record-support-email-deliveries"

export const recordEmailDeliveriesStep = createStep(
  recordEmailDeliveriesStepId,
  async (mails: EmailToRecord[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const rows: { id: string; created: boolean; status: EmailToRecord["status"] }[] = []
    for (const mail of mails) {
      const row = await helpdesk.recordEmailDelivery({
        ticket_id: mail.ticket_id,
        message_id: mail.message_id,
        kind: mail.kind,
        recipient: mail.recipient,
        idempotency_key: mail.idempotency_key,
        status: mail.status,
        last_error: mail.reason ?? null,
        payload: mail.status === "suppressed" ? null : mail.payload,
      })
      rows.push({ ...row, status: mail.status })
    }
    return new StepResponse(
      rows,
      rows.filter((r) => r.created).map((r) => r.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportEmailDeliveries(createdIds)
  }
)

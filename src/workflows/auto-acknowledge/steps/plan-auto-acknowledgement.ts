import { createHash } from "crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { autoAckLocale, autoAckValues, renderAutoAck } from "../../../modules/helpdesk/domain/auto-acknowledge"
import { BusinessHoursSpec, isWithinBusinessHours } from "../../../modules/helpdesk/domain/business-time"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { storeName } from "../../../api/utils/store-name"
import type { CreateMessageStepInput } from "../../tickets/steps/create-message"
import { loadAutoAcknowledgeSettings } from "../settings"

export const planAutoAcknowledgementStepId = "plan-support-auto-acknowledgement"

export type AutoAcknowledgementPlan =
  | { send: false; reason: "missing" | "disabled" | "not_from_customer" | "auto_submitted" | "no_requester" }
  | { send: true; requester_key: string; message: CreateMessageStepInput }

/**
 * Decides whether a new ticket gets an auto-acknowledgement and writes its text (nothing is
 * written here). Not for: switched off, a ticket an agent opened, auto-submitted inbound mail.
 * The promise is the ticket's own response due time (set by its SLA policy on creation).
 */
export const planAutoAcknowledgementStep = createStep(
  planAutoAcknowledgementStepId,
  async (input: { ticket_id: string }, { container }): Promise<StepResponse<AutoAcknowledgementPlan>> => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const skip = (reason: Extract<AutoAcknowledgementPlan, { send: false }>["reason"]) =>
      new StepResponse<AutoAcknowledgementPlan>({ send: false, reason })
    const [ticket] = (await helpdesk.listSupportTickets(
      { id: input.ticket_id },
      {
        take: 1,
        select: ["id", "display_id", "customer_id", "email", "name", "locale", "channel", "sla_policy_id", "first_response_due_at", "status"],
      }
    )) as any[]
    if (!ticket) return skip("missing")
    const settings = await loadAutoAcknowledgeSettings(helpdesk)
    if (!settings.enabled) return skip("disabled")
    const [first] = (await helpdesk.listSupportMessages(
      { ticket_id: ticket.id },
      { select: ["id", "author_type", "metadata"], order: { created_at: "ASC", id: "ASC" }, take: 1 }
    )) as any[]
    if (!first || first.author_type !== "customer") return skip("not_from_customer")
    if (first.metadata?.email?.auto === true) return skip("auto_submitted")
    const requester_key = ticket.customer_id
      ? `customer:${ticket.customer_id}`
      : ticket.email
        ? `email:${createHash("sha256").update(String(ticket.email).trim().toLowerCase()).digest("hex")}`
        : null
    if (!requester_key) return skip("no_requester")

    let policy: any = null
    let hours: BusinessHoursSpec | null = null
    if (ticket.sla_policy_id) {
      ;[policy] = await helpdesk.listSupportSlaPolicies({ id: ticket.sla_policy_id }, { take: 1, withDeleted: true })
      if (policy?.business_hours_id) {
        const [h] = await helpdesk.listSupportBusinessHours({ id: policy.business_hours_id }, { take: 1, withDeleted: true })
        if (h) hours = { timezone: h.timezone, intervals: h.intervals as any, holidays: h.holidays as string[] }
      }
    }
    const now = new Date()
    const locale = autoAckLocale(ticket.locale)
    const due = policy && ticket.first_response_due_at ? new Date(ticket.first_response_due_at) : null
    const { variant, values } = autoAckValues({
      now,
      locale,
      due,
      target_minutes: due ? policy.first_response_minutes : null,
      timezone: hours?.timezone ?? null,
      within_hours: hours ? isWithinBusinessHours(now, hours) : true,
      ticket_number: ticket.display_id,
      name: ticket.name,
    })
    return new StepResponse<AutoAcknowledgementPlan>({
      send: true,
      requester_key,
      message: {
        ticket_id: ticket.id,
        author_type: "agent",
        author_id: null,
        author_name: (await storeName(container)) ?? "Support",
        body: renderAutoAck(settings.texts[locale][variant], values),
        internal: false,
        channel: ticket.channel,
        metadata: { automation: "auto_acknowledge", variant, locale },
      },
    })
  }
)

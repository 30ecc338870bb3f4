import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { renderPlaceholders } from "../../../modules/helpdesk/domain/placeholders"
import { proactiveEventKey, proactiveLocale, ProactiveKind, ProactiveMode } from "../../../modules/helpdesk/domain/proactive"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { storeName } from "../../../api/utils/store-name"
import type { CreateMessageStepInput } from "../../tickets/steps/create-message"
import type { CreateTicketWorkflowInput } from "../../tickets/types"
import { orderAdminPath } from "../../order-actions/lines"
import { proactiveSkipReason } from "../event-checks"
import { loadProactiveOrder, ProactiveOrder } from "../load-order"
import { proactivePlaceholderValues } from "../placeholder-values"
import { loadProactiveSettings } from "../settings"
import type { OpenProactiveTicketInput } from "../types"

export const planProactiveTicketStepId = "plan-support-proactive-ticket"

/** How agents read each kind on the internal line. */
export const PROACTIVE_KIND_LABELS: Record<ProactiveKind, string> = {
  order_canceled: "Order canceled by the store",
  return_requested: "Return requested from the storefront",
  not_shipped: "Order not shipped yet",
  payment_failed: "Payment failed or requires action",
  delivery_failed: "Delivery failed",
}

type LineInput = Omit<CreateMessageStepInput, "ticket_id">

export type ProactivePlan =
  | { act: false; reason: string }
  | {
      act: true
      kind: ProactiveKind
      mode: ProactiveMode
      claim: { event_key: string; kind: string; order_id: string }
      /** The open ticket about the order to write on; null: open a new one with `create`. */
      existing_ticket_id: string | null
      create: CreateTicketWorkflowInput | null
      /** The store's public message (shopper mode on an existing ticket). */
      public_message: CreateMessageStepInput | null
      /** The internal line for agents (on an existing ticket, or next to a new shopper ticket). */
      line: LineInput | null
    }

const OPEN_STATUSES = ["open", "pending"]

/**
 * Decides what a proactive event does (nothing is written here): skipped when its kind is off,
 * the order is gone, or the event is not one the desk speaks about (event-checks.ts); else which
 * ticket it goes on and the texts, rendered in the order's language with the safe placeholder
 * renderer. In shopper mode the open ticket about the order must be the order's requester's.
 */
export const planProactiveTicketStep = createStep(
  planProactiveTicketStepId,
  async (input: OpenProactiveTicketInput, { container }): Promise<StepResponse<ProactivePlan>> => {
    const skip = (reason: string) => new StepResponse<ProactivePlan>({ act: false, reason })
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const settings = (await loadProactiveSettings(helpdesk))[input.kind]
    if (!settings) return skip("unknown_kind")
    if (!settings.enabled) return skip("disabled")
    const order = await loadProactiveOrder(container, input.order_id)
    if (!order) return skip("order_not_found")
    const detail = input.detail?.trim() || null
    const reason = await proactiveSkipReason(container, input.kind, order, detail)
    if (reason) return skip(reason)

    const email = order.customer?.email || order.email || null
    const hasRequester = !!(order.customer_id || email)
    // Without anyone to write to, the shopper's message becomes the agents' note.
    const mode: ProactiveMode = settings.mode === "shopper" && hasRequester ? "shopper" : "internal"

    const open = (await helpdesk.listSupportTickets(
      { order_id: order.id, status: OPEN_STATUSES, merged_into_id: null },
      { select: ["id", "display_id", "subject", "locale", "customer_id", "email"], order: { last_message_at: "DESC", created_at: "DESC" }, take: 20 }
    )) as any[]
    const isRequesters = (t: any) =>
      (order.customer_id && t.customer_id === order.customer_id) ||
      (!order.customer_id && email && !t.customer_id && String(t.email ?? "").toLowerCase() === email.toLowerCase())
    const existing = (mode === "shopper" ? open.find(isRequesters) : open[0]) ?? null

    const locale = proactiveLocale(order.locale ?? existing?.locale)
    const store = await storeName(container)
    const values = await proactivePlaceholderValues(container, order, { locale, store, ticket: existing })
    const texts = settings.texts[locale]
    const subject = renderPlaceholders(texts.subject, values).trim() || `Order #${order.display_id}`
    const message = renderPlaceholders(texts.message, values).trim()
    const meta = { kind: input.kind, order_id: order.id, event_key: proactiveEventKey(input.kind, order.id, detail) }
    const header = `${PROACTIVE_KIND_LABELS[input.kind]} (order #${order.display_id}: ${orderAdminPath(order.id)})`
    const note = input.note?.trim() ? `\n${input.note.trim()}` : ""
    // A new internal ticket has no requester, so privacy erasure of the customer would not find
    // it: its suggested text leaves out who they are (the order link tells agents).
    const suggestion = existing
      ? message
      : renderPlaceholders(texts.message, {
          ...values,
          "customer.first_name": null,
          "customer.last_name": null,
          "customer.email": null,
          "order.shipping_address.city": null,
        }).trim()
    const internalBody =
      mode === "shopper"
        ? `${header}${note}\nThe shopper was sent the message from the store.`
        : `${header}${note}\nSuggested message to the shopper (not sent):\n${suggestion}`
    const line: LineInput = {
      author_type: "system",
      author_id: null,
      author_name: null,
      body: internalBody,
      internal: true,
      metadata: { event: "proactive", ...meta, mode },
    }

    const plan = {
      act: true as const,
      kind: input.kind,
      mode,
      claim: { event_key: meta.event_key, kind: input.kind, order_id: order.id },
      existing_ticket_id: existing?.id ?? null,
    }
    if (existing) {
      return new StepResponse<ProactivePlan>({
        ...plan,
        create: null,
        public_message:
          mode === "shopper"
            ? {
                ticket_id: existing.id,
                author_type: "agent",
                author_id: null,
                author_name: store ?? "Support",
                body: message,
                internal: false,
                metadata: { automation: "proactive", ...meta },
              }
            : null,
        line,
      })
    }
    return new StepResponse<ProactivePlan>({ ...plan, create: newTicket(order, mode, { subject, internalSubject: `${PROACTIVE_KIND_LABELS[input.kind]}: order #${order.display_id}`, message, internalBody, locale, store, email, meta }), public_message: null, line: mode === "shopper" ? line : null })
  }
)

function customerName(order: ProactiveOrder): string | null {
  const c = order.customer ?? order.shipping_address
  return [c?.first_name, c?.last_name].filter(Boolean).join(" ").trim() || null
}

/**
 * A new ticket. Shopper mode: the requester's, opened by the store with its message. Internal
 * mode: a ticket with no requester at all (no customer, no email, no name), so no shopper can list,
 * open or be mailed about it and privacy erasure has nothing of theirs to miss; the order link
 * tells agents whose order it is.
 */
function newTicket(
  order: ProactiveOrder,
  mode: ProactiveMode,
  t: { subject: string; internalSubject: string; message: string; internalBody: string; locale: string; store: string | null; email: string | null; meta: Record<string, unknown> }
): CreateTicketWorkflowInput {
  const common = { subject: t.subject, order_id: order.id, channel: "web" as const, locale: order.locale ?? t.locale, metadata: { proactive: { ...t.meta, mode } } }
  if (mode === "internal") {
    return { ...common, subject: t.internalSubject, body: t.internalBody, author: { type: "system", id: null, name: null }, customer_id: null, email: null, name: null, identity: "unverified" }
  }
  return {
    ...common,
    body: t.message,
    author: { type: "agent", id: null, name: t.store ?? "Support" },
    customer_id: order.customer_id ?? null,
    email: t.email,
    name: customerName(order),
    // A guest's order email is what they typed at checkout: it never links the ticket to an account.
    identity: order.customer_id ? "customer" : "unverified",
  }
}

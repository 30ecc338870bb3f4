import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { guestTokenFor } from "../tickets/guest-token"
import { notifyFeed } from "./agent-feed"
import {
  agentMails,
  agentRecipients,
  loadEmailSettings,
  MAIL_TICKET_FIELDS,
  mailContext,
  MailContext,
  MailTicket,
  publicExcerpt,
  shopperMail,
  storefrontLink,
} from "./compose"
import { EmailToRecord } from "./steps/record-email-deliveries"
import { sendTicketEmailsWorkflow } from "./workflows/send-ticket-emails"
import { questionsFor, surveyLocale } from "../../modules/helpdesk/domain/surveys/settings"
import { surveyRequestFor, surveyTokenFor, surveyUrl } from "../surveys/links"
import { loadSurveySettings } from "../surveys/settings"

type Resolver = MedusaContainer
type Message = {
  id: string
  ticket_id?: string
  author_type: string
  author_name: string | null
  internal: boolean
  created_at: Date | string
  metadata: Record<string, unknown> | null
}

const MESSAGE_FIELDS = ["id", "author_type", "author_name", "internal", "created_at", "metadata", "ticket_id"]

/** Mail written by a machine (inbound auto-replies, bounces): never answered automatically. */
function isAutomaticInbound(message: Pick<Message, "metadata"> | undefined): boolean {
  return (message?.metadata as { email?: { auto?: unknown } } | null)?.email?.auto === true
}

async function loadTicket(helpdesk: HelpdeskModuleService, id: string) {
  const [ticket] = await helpdesk.listSupportTickets({ id }, { select: MAIL_TICKET_FIELDS, take: 1 })
  return ticket as
    | (MailTicket & { status: string; solved_at: Date | null; merged_into_id: string | null; rated_at: Date | null })
    | undefined
}

async function send(container: Resolver, mails: (EmailToRecord | null)[]) {
  const list = mails.filter((m): m is EmailToRecord => !!m)
  if (list.length) await sendTicketEmailsWorkflow(container).run({ input: { mails: list } })
}

/** support_ticket.created: "received" to the requester, "new ticket" to agents (mail and bell). */
export async function onTicketCreated(container: Resolver, data: { id: string }) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ticket = await loadTicket(helpdesk, data.id)
  if (!ticket) return
  const ctx = await mailContext(container)
  const settings = ctx?.settings ?? (await loadEmailSettings(helpdesk))
  await notifyFeed(container, settings, "agent_new_ticket", {
    title: `New support ticket #${ticket.display_id}`,
    description: ticket.subject,
    idempotency_key: `support-ticket-created:${ticket.id}`,
    ticket_id: ticket.id,
  })
  if (!ctx) return
  const [first] = (await helpdesk.listSupportMessages(
    { ticket_id: ticket.id },
    { select: [...MESSAGE_FIELDS, "body"], order: { created_at: "ASC" }, take: 1 }
  )) as (Message & { body: string })[]
  const token = ticket.customer_id ? null : guestTokenFor(container, ticket)
  const received = isAutomaticInbound(first)
    ? null
    : await shopperMail(ctx, {
        ticket,
        kind: "received",
        message_id: null,
        agentActed: false,
        vars: { link: storefrontLink(ctx, ticket.id, token) },
      })
  const agents = await agentRecipients(container, ticket.assignee_id ? [ticket.assignee_id] : "all")
  await send(container, [
    received,
    ...agentMails(ctx, {
      ticket,
      kind: "agent_new_ticket",
      message_id: null,
      to: agents,
      thread: first ? [{ author: first.author_name ?? ticket.name ?? ticket.email ?? "", body: first.body, at: first.created_at }] : [],
    }),
  ])
}

/**
 * support_ticket.message_created: an agent's public reply -> "reply" with the thread excerpt to
 * the requester; a shopper's reply -> the assignee (mail and bell). The ticket's first message is
 * left to onTicketCreated; internal notes mail nobody.
 */
export async function onMessageCreated(container: Resolver, data: { id: string; message_id?: string }) {
  if (!data.message_id) return
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [message] = (await helpdesk.listSupportMessages(
    { id: data.message_id, ticket_id: data.id },
    { select: MESSAGE_FIELDS, take: 1 }
  )) as Message[]
  // The desk's automation (auto-acknowledgement, a rule's canned reply) marks its public messages.
  const automated = typeof message?.metadata?.automation === "string"
  if (!message || message.internal || (message.author_type === "system" && !automated)) return
  // Without mail, only a shopper's reply does anything (the bell).
  if (message.author_type !== "customer" && !helpdesk.getOptions().email.enabled) return
  const [first] = await helpdesk.listSupportMessages(
    { ticket_id: data.id },
    { select: ["id"], order: { created_at: "ASC", id: "ASC" }, take: 1 }
  )
  if (first?.id === message.id) return
  const ticket = await loadTicket(helpdesk, data.id)
  if (!ticket) return

  if (message.author_type === "customer") {
    const ctx = await mailContext(container)
    const settings = ctx?.settings ?? (await loadEmailSettings(helpdesk))
    if (!ticket.assignee_id) return
    await notifyFeed(container, settings, "agent_customer_replied", {
      title: `New reply on ticket #${ticket.display_id}`,
      description: ticket.subject,
      idempotency_key: `support-customer-replied:${message.id}`,
      ticket_id: ticket.id,
    })
    if (!ctx) return
    const thread = await publicExcerpt(helpdesk, ticket.id, message)
    await send(container, agentMails(ctx, {
      ticket,
      kind: "agent_customer_replied",
      message_id: message.id,
      to: await agentRecipients(container, [ticket.assignee_id]),
      thread: thread.slice(-1),
    }))
    return
  }

  // Automation is not mailed to an unproven address: no agent looked at what was typed, and the
  // receipt already went there.
  if (automated && ticket.identity === "unverified") return
  const ctx = await mailContext(container)
  if (!ctx) return
  const thread = await publicExcerpt(helpdesk, ticket.id, message)
  const token = ticket.customer_id ? null : guestTokenFor(container, ticket)
  await send(container, [
    await shopperMail(ctx, {
      ticket,
      kind: "reply",
      message_id: message.id,
      agentActed: !automated,
      automatic: automated,
      vars: { agent: (!automated && message.author_name) || ctx.store, thread, link: storefrontLink(ctx, ticket.id, token) },
    }),
  ])
}

/** support_ticket.status_changed to solved: "solved" to the requester, once per time it is solved. */
export async function onStatusChanged(container: Resolver, data: { id: string }) {
  const ctx = await mailContext(container)
  if (!ctx) return
  const ticket = await loadTicket(ctx.helpdesk, data.id)
  if (!ticket || ticket.status !== "solved" || !ticket.solved_at) return
  const token = ticket.customer_id ? null : guestTokenFor(container, ticket)
  await send(container, [
    await shopperMail(ctx, {
      ticket,
      kind: "solved",
      message_id: null,
      occurrence: String(new Date(ticket.solved_at).getTime()),
      agentActed: true,
      vars: { link: storefrontLink(ctx, ticket.id, token), survey: await surveyInvitation(container, ticket) },
    }),
  ])
}

/** The solved mail's survey: its first question and the link of this solve (the thread's survey message has the same). */
async function surveyInvitation(
  container: Resolver,
  ticket: MailTicket & { solved_at: Date | null; rated_at: Date | null; merged_into_id: string | null }
) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const settings = await loadSurveySettings(helpdesk)
  if (!settings.enabled || !ticket.solved_at || ticket.rated_at || ticket.merged_into_id) return null
  const request = surveyRequestFor(helpdesk, { solved_at: ticket.solved_at, assignee_id: ticket.assignee_id }, settings.scale)
  const [question] = questionsFor(settings, settings.scale, surveyLocale(ticket.locale))
  return { question: question.text, url: surveyUrl(container, surveyTokenFor(container, ticket.id, request)) }
}

/** support_ticket.assigned: "assigned to you" to the new assignee (mail and bell), once per assignee. */
export async function onAssigned(container: Resolver, data: { id: string }) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ticket = await loadTicket(helpdesk, data.id)
  if (!ticket?.assignee_id) return
  const ctx = await mailContext(container)
  const settings = ctx?.settings ?? (await loadEmailSettings(helpdesk))
  await notifyFeed(container, settings, "agent_assigned", {
    title: `Ticket #${ticket.display_id} assigned to you`,
    description: ticket.subject,
    idempotency_key: `support-assigned:${ticket.id}:${ticket.assignee_id}`,
    ticket_id: ticket.id,
  })
  if (!ctx) return
  await send(container, agentMails(ctx, {
    ticket,
    kind: "agent_assigned",
    message_id: null,
    occurrence: ticket.assignee_id,
    to: await agentRecipients(container, [ticket.assignee_id]),
  }))
}

/** support_ticket.merged: each merged ticket's requester hears "merged into #N". */
export async function onMerged(container: Resolver, data: { id: string; source_ids?: string[] }) {
  const ctx = await mailContext(container)
  if (!ctx || !data.source_ids?.length) return
  const target = await loadTicket(ctx.helpdesk, data.id)
  if (!target) return
  const mails: (EmailToRecord | null)[] = []
  for (const sourceId of data.source_ids.slice(0, 100)) {
    const source = await loadTicket(ctx.helpdesk, sourceId)
    if (!source) continue
    mails.push(await mergedMail(ctx, source, target))
  }
  await send(container, mails)
}

function mergedMail(ctx: MailContext, source: MailTicket, target: MailTicket) {
  return shopperMail(ctx, {
    ticket: source,
    kind: "merged",
    message_id: null,
    occurrence: target.id,
    agentActed: true,
    vars: { target: target.display_id },
  })
}

import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHash } from "crypto"
import { storeName } from "../../api/utils/store-name"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { flattenHeaderValue, MailHeaders } from "../../modules/helpdesk/domain/email/headers"
import { outgoingMessageId } from "../../modules/helpdesk/domain/email/message-id"
import { replyAddress } from "../../modules/helpdesk/domain/email/reply-address"
import { EmailSettings, resolveEmailSettings } from "../../modules/helpdesk/domain/email/settings"
import {
  AGENT_MAIL_KINDS,
  AgentMailKind,
  AUTOMATIC_KINDS,
  mailLocale,
  MailInput,
  renderMail,
  ShopperMailKind,
  ThreadEntry,
} from "../../modules/helpdesk/domain/email/templates"
import { HelpdeskOptions } from "../../modules/helpdesk/domain/options"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { EmailPayload } from "./deliver-email"
import { emailSigningSecret } from "./signing-secret"
import { EmailToRecord } from "./steps/record-email-deliveries"

type Resolver = Pick<MedusaContainer, "resolve">

export type MailTicket = {
  id: string
  display_id: number
  subject: string
  email: string | null
  name: string | null
  identity: string
  locale: string | null
  customer_id: string | null
  assignee_id: string | null
  access_token_nonce?: string | null
}

export const MAIL_TICKET_FIELDS = [
  "id",
  "display_id",
  "subject",
  "email",
  "name",
  "identity",
  "locale",
  "customer_id",
  "assignee_id",
  "access_token_nonce",
  "status",
  "solved_at",
  "merged_into_id",
  "rated_at",
]

export type MailContext = {
  container: Resolver
  helpdesk: HelpdeskModuleService
  options: HelpdeskOptions["email"]
  secret: string
  store: string
  settings: EmailSettings
}

export const EMAIL_SETTINGS_ID = "email"

export async function loadEmailSettings(helpdesk: HelpdeskModuleService): Promise<EmailSettings> {
  const [row] = await helpdesk.listSupportSettings({ id: EMAIL_SETTINGS_ID }, { take: 1 })
  return resolveEmailSettings(row?.value)
}

/** Everything mail needs, or null when mail is off (`email.enabled` false). */
export async function mailContext(container: Resolver): Promise<MailContext | null> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const options = helpdesk.getOptions().email
  if (!options.enabled) return null
  return {
    container,
    helpdesk,
    options,
    secret: emailSigningSecret(container),
    store: (await storeName(container)) ?? "Support",
    settings: await loadEmailSettings(helpdesk),
  }
}

/** `"<name>" <address>`, the name flattened and stripped of quoting characters. */
export function senderOf(ctx: Pick<MailContext, "options" | "store">): string {
  const name = flattenHeaderValue(ctx.options.fromName ?? ctx.store, 100).replace(/["\\<>]/g, "")
  return name ? `"${name}" <${ctx.options.from}>` : ctx.options.from
}

export async function requesterAddress(ctx: MailContext, ticket: MailTicket): Promise<string | null> {
  if (ticket.email) return ticket.email
  if (!ticket.customer_id) return null
  const [customer] = await ctx.container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ id: ticket.customer_id }, { select: ["email"], take: 1 })
  return customer?.email ?? null
}

/** The storefront page of a ticket; a guest's carries their private token. */
export function storefrontLink(ctx: MailContext, ticketId: string, token?: string | null): string {
  let url = ctx.options.storefrontTicketUrl.replace(/\{id\}/g, encodeURIComponent(ticketId))
  if (token) return url.replace(/\{token\}/g, encodeURIComponent(token))
  // No token (a signed-in customer's ticket): drop the parameter that would carry it.
  url = url.replace(/[?&][^?&=]+=\{token\}/g, "").replace(/\{token\}/g, "")
  return url
}

export function adminLink(ctx: MailContext, ticketId: string): string {
  return ctx.options.adminTicketUrl.replace(/\{id\}/g, encodeURIComponent(ticketId))
}

const hashed = (s: string) => createHash("sha256").update(s.toLowerCase(), "utf8").digest("hex").slice(0, 32)

/**
 * The shopper's thread so far as Message-IDs, oldest first: their own inbound mail
 * (metadata.email.message_id, written by the inbound webhook) and the mail we sent them.
 */
async function threadIds(ctx: MailContext, ticketId: string, recipient: string): Promise<string[]> {
  const [inbound, sent] = await Promise.all([
    ctx.helpdesk.listSupportMessages(
      { ticket_id: ticketId, author_type: "customer" },
      { select: ["id", "metadata", "created_at"], order: { created_at: "ASC" }, take: 200 }
    ),
    ctx.helpdesk.listSupportEmailDeliveries(
      { ticket_id: ticketId, recipient, status: ["sent", "pending", "failed"] },
      { select: ["message_id", "kind", "created_at"], order: { created_at: "ASC" }, take: 200 }
    ),
  ])
  const items: { at: number; id: string }[] = []
  for (const m of inbound) {
    const id = (m.metadata as { email?: { message_id?: unknown } } | null)?.email?.message_id
    if (typeof id === "string" && /^<[^<>\s]+>$/.test(id.trim())) items.push({ at: +new Date(m.created_at), id: id.trim() })
  }
  for (const d of sent) {
    if ((AGENT_MAIL_KINDS as readonly string[]).includes(d.kind)) continue
    items.push({
      at: +new Date(d.created_at),
      id: outgoingMessageId(ctx.secret, d.message_id ?? ticketId, d.kind, ctx.options.inboundDomain),
    })
  }
  items.sort((a, b) => a.at - b.at)
  return [...new Set(items.map((i) => i.id))]
}

function threadHeaders(ids: string[], own: string): Pick<MailHeaders, "In-Reply-To" | "References"> {
  const earlier = ids.filter((id) => id !== own)
  if (!earlier.length) return {}
  // The first (the thread's root) and the latest ones, as RFC 5322 suggests when trimming.
  const refs = earlier.length > 20 ? [earlier[0], ...earlier.slice(-19)] : earlier
  return { "In-Reply-To": earlier[earlier.length - 1], References: refs.join(" ") }
}

/**
 * Whether another automatic mail may go to `recipient` now: per recipient always (a customer
 * account can be opened with someone else's address too), and store-wide for unproven addresses.
 */
async function underAutomaticMailCaps(ctx: MailContext, recipient: string, unproven: boolean): Promise<boolean> {
  const perRecipient = await ctx.helpdesk.hitRateLimit(
    "email_auto_recipient",
    hashed(recipient),
    ctx.options.automaticMailPerRecipient
  )
  if (!perRecipient.allowed) return false
  if (!unproven) return true
  const storeWide = await ctx.helpdesk.hitRateLimit("email_auto_unverified_store", "all", ctx.options.unverifiedMailStoreWide)
  return storeWide.allowed
}

function payloadOf(
  ctx: MailContext,
  input: MailInput,
  meta: { ticket_id: string; message_id: string | null; headers: MailHeaders }
): EmailPayload {
  const rendered = renderMail(input, ctx.options.templates)
  return {
    from: senderOf(ctx),
    ...rendered,
    headers: meta.headers,
    kind: input.kind,
    locale: mailLocale(input.locale),
    ticket_id: meta.ticket_id,
    message_id: meta.message_id,
  }
}

/**
 * A mail to the ticket's requester (never to anyone else). `agentActed`: an agent's action caused
 * it (a reply, solving, merging); without it, and to an unproven address, nothing the requester
 * typed is quoted and the per-recipient and store-wide caps apply.
 */
export async function shopperMail(
  ctx: MailContext,
  args: {
    ticket: MailTicket
    kind: ShopperMailKind
    /** The message the mail is about, or null for mail about the ticket itself. */
    message_id: string | null
    /** Tells apart mail of the same kind about the same ticket (e.g. each time it is solved). */
    occurrence?: string
    agentActed: boolean
    /** Sent by the desk's automation (an auto-acknowledgement, a rule's reply): caps and Auto-Submitted as for automatic kinds. */
    automatic?: boolean
    vars?: Partial<Pick<MailInput, "agent" | "target" | "link" | "links" | "thread" | "survey">>
  }
): Promise<EmailToRecord | null> {
  const { ticket, kind } = args
  if (!ctx.settings.notifications[kind].email) return null
  const recipient = await requesterAddress(ctx, ticket)
  if (!recipient) return null
  const quote = args.agentActed || ticket.identity !== "unverified"
  const automatic = args.automatic ?? AUTOMATIC_KINDS.includes(kind)
  const idFor = args.message_id ?? ticket.id
  const idempotency_key = ["support-email", idFor, kind, args.occurrence ?? "", hashed(recipient)].join(":")
  const base = { ticket_id: ticket.id, message_id: args.message_id, kind, recipient, idempotency_key }

  if (automatic && !(await underAutomaticMailCaps(ctx, recipient, ticket.identity === "unverified"))) {
    return { ...base, status: "suppressed", reason: "Not sent: over the cap on automatic mail to this address", payload: null }
  }

  const messageId = outgoingMessageId(ctx.secret, idFor, kind, ctx.options.inboundDomain)
  const headers: MailHeaders = {
    "Message-ID": messageId,
    ...threadHeaders(await threadIds(ctx, ticket.id, recipient), messageId),
    "Reply-To": replyAddress(ctx.secret, ticket.id, { localPart: ctx.options.replyLocalPart, domain: ctx.options.inboundDomain }),
    ...(automatic ? { "Auto-Submitted": "auto-replied" } : {}),
  }
  const input: MailInput = {
    kind,
    locale: ticket.locale,
    store: ctx.store,
    number: ticket.display_id,
    subject: ticket.subject,
    name: ticket.name,
    quote,
    ...(args.vars ?? {}),
  }
  if (!quote) {
    // Automatic mail to an unproven address carries no attachment and nothing they wrote.
    input.thread = []
  }
  return { ...base, status: "pending", payload: payloadOf(ctx, input, { ticket_id: ticket.id, message_id: args.message_id, headers }) }
}

export type AgentRecipient = { id: string; email: string; first_name?: string | null }

/** Admin users to tell: the ones named, or every user (up to 50) when `ids` is "all". */
export async function agentRecipients(container: Resolver, ids: string[] | "all"): Promise<AgentRecipient[]> {
  if (ids !== "all" && !ids.length) return []
  const users = await container
    .resolve(Modules.USER)
    .listUsers(ids === "all" ? {} : { id: ids }, { select: ["id", "email", "first_name"], take: 50 })
  return users.filter((u) => !!u.email) as AgentRecipient[]
}

export function agentMails(
  ctx: MailContext,
  args: { ticket: MailTicket; kind: AgentMailKind; message_id: string | null; occurrence?: string; to: AgentRecipient[]; thread?: ThreadEntry[] }
): EmailToRecord[] {
  const { ticket, kind } = args
  if (!ctx.settings.notifications[kind].email) return []
  const idFor = args.message_id ?? ticket.id
  return args.to.map((agent) => {
    const headers: MailHeaders = { "Message-ID": outgoingMessageId(ctx.secret, idFor, kind, ctx.options.inboundDomain) }
    const input: MailInput = {
      kind,
      locale: "en",
      store: ctx.store,
      number: ticket.display_id,
      subject: ticket.subject,
      name: ticket.name ?? ticket.email ?? "",
      link: adminLink(ctx, ticket.id),
      thread: args.thread,
      quote: true,
    }
    return {
      ticket_id: ticket.id,
      message_id: args.message_id,
      kind,
      recipient: agent.email,
      idempotency_key: ["support-email", idFor, kind, args.occurrence ?? "", hashed(agent.email)].join(":"),
      status: "pending" as const,
      payload: payloadOf(ctx, input, { ticket_id: ticket.id, message_id: args.message_id, headers }),
    }
  })
}

/** The new message and the two public messages before it, oldest first; internal notes never. */
export async function publicExcerpt(
  helpdesk: HelpdeskModuleService,
  ticketId: string,
  upTo: { id: string; created_at: Date | string }
): Promise<ThreadEntry[]> {
  const rows = await helpdesk.listSupportMessages(
    { ticket_id: ticketId, internal: false, created_at: { $lte: upTo.created_at } },
    { select: ["id", "author_type", "author_name", "body", "created_at", "internal", "metadata"], order: { created_at: "DESC" }, take: 4 }
  )
  // System lines stay out, except the desk's automatic replies (metadata.automation).
  const automated = (m: { metadata: Record<string, unknown> | null }) => typeof m.metadata?.automation === "string"
  const publicRows = rows.filter((m) => m.internal === false && (m.author_type !== "system" || automated(m)))
  const ordered = [publicRows.find((m) => m.id === upTo.id), ...publicRows.filter((m) => m.id !== upTo.id)].filter(
    (m): m is (typeof rows)[number] => !!m
  )
  return ordered
    .slice(0, 3)
    .reverse()
    .map((m) => ({ author: m.author_name ?? (m.author_type === "agent" ? "Support" : "You"), body: m.body, at: m.created_at }))
}

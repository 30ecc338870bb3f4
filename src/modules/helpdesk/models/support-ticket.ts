import { model } from "@medusajs/framework/utils"
import {
  IDENTITY_LEVELS,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../domain/constants"
import SupportMessage from "./support-message"
import SupportTicketLineItem from "./support-ticket-line-item"
import SupportTicketProduct from "./support-ticket-product"

const SupportTicket = model
  .define("support_ticket", {
    id: model.id({ prefix: "supt" }).primaryKey(),
    display_id: model.autoincrement(),
    subject: model.text(),
    status: model.enum([...TICKET_STATUSES]).default("open"),
    priority: model.enum([...TICKET_PRIORITIES]).default("normal"),
    channel: model.enum([...TICKET_CHANNELS]).default("web"),
    category: model.text().nullable(),
    tags: model.array().default([]),
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    email: model.text().nullable(),
    name: model.text().nullable(),
    identity: model.enum([...IDENTITY_LEVELS]).default("unverified"),
    // The shopper's language (Medusa's request locale, e.g. "ko", "el", "en-US"): picks mail templates.
    locale: model.text().nullable(),
    assignee_id: model.text().nullable(),
    // Set when the ticket went to assignee_id because this agent was away (both see it as theirs).
    delegated_from_id: model.text().nullable(),
    first_response_at: model.dateTime().nullable(),
    solved_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    last_message_at: model.dateTime().nullable(),
    last_customer_message_at: model.dateTime().nullable(),
    merged_into_id: model.text().nullable(),
    rating_score: model.number().nullable(),
    rating_comment: model.text().nullable(),
    rated_at: model.dateTime().nullable(),
    // sha256 of the guest's access token; the token itself is never stored.
    access_token_hash: model.text().nullable(),
    // Lets the server re-derive the same token for an idempotent retry (domain/access-token.ts).
    access_token_nonce: model.text().nullable(),
    access_token_expires_at: model.dateTime().nullable(),
    // sha256 of "<caller>:<Idempotency-Key>", unique, so retries create one ticket.
    idempotency_key: model.text().nullable(),
    // sha256 of the creating request's canonical body: a retry with another body is refused.
    idempotency_fingerprint: model.text().nullable(),
    // Normalised search tokens of the subject (domain/search-tokens.ts); messages carry their own.
    // A generated tsvector column over it is added by migration and GIN-indexed.
    search_text: model.text().default(""),
    // True when some of its messages' tokens did not fit search_text (support_message.search_overflow):
    // only then does a search look at its messages (domain/inbox-query.ts).
    search_overflow: model.boolean().default(false),
    metadata: model.json().nullable(),
    // Bumped by every write; writes are UPDATE ... WHERE version = <read> (service.updateTicketIfVersion).
    version: model.number().default(0),
    // The last change a shopper can see (public messages, status, rating, category...); store
    // responses show it as updated_at so internal notes and agent-only edits leave no trace.
    public_updated_at: model.dateTime().nullable(),
    // SLA clocks (domain/sla, docs/automation.md). first_response_due_at: an agent's public reply is
    // owed by then (null: none owed); resolution_due_at: null while paused (pending, solved, closed).
    sla_policy_id: model.text().nullable(),
    first_response_due_at: model.dateTime().nullable(),
    resolution_due_at: model.dateTime().nullable(),
    sla_breached: model.boolean().default(false),
    sla_breached_at: model.dateTime().nullable(),
    // When the response clock last started (creation, or a shopper's reply that reopened the ticket).
    sla_response_started_at: model.dateTime().nullable(),
    // Set while the resolution clock is paused; business minutes of finished pauses are summed.
    sla_paused_at: model.dateTime().nullable(),
    sla_paused_minutes: model.float().default(0),
    // The inbox's priority (domain/priority, docs/automation.md "Priority for rare writers"): the
    // score, its parts (priority_explanation) and when it was computed; refreshed by ticket writes
    // and by the priority job. Migration20261205110000 indexes the inbox's order on it.
    priority_score: model.number().default(0),
    priority_explanation: model.json().nullable(),
    priority_scored_at: model.dateTime().nullable(),
    // Auto-close (docs/automation.md): when the pending reminder was sent; it belongs to the current
    // wait while no change the shopper sees (public_updated_at) came after it.
    pending_reminder_at: model.dateTime().nullable(),
    messages: model.hasMany(() => SupportMessage, { mappedBy: "ticket" }),
    // Order lines the shopper reported ("Report a problem with this item").
    line_items: model.hasMany(() => SupportTicketLineItem, { mappedBy: "ticket" }),
    // The products it is about, for the contact rate report (support-ticket-product.ts).
    products: model.hasMany(() => SupportTicketProduct, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["messages", "line_items", "products"] })
  .indexes([
    { on: ["status", "last_message_at"], where: "deleted_at IS NULL" },
    { on: ["assignee_id", "status"], where: "deleted_at IS NULL" },
    { on: ["customer_id", "created_at"], where: "deleted_at IS NULL" },
    { on: ["order_id"], where: "deleted_at IS NULL AND order_id IS NOT NULL" },
    { on: ["priority", "status"], where: "deleted_at IS NULL" },
    { on: ["email"], where: "deleted_at IS NULL" },
    { on: ["idempotency_key"], unique: true, where: "idempotency_key IS NOT NULL" },
    { on: ["delegated_from_id", "status"], where: "deleted_at IS NULL AND delegated_from_id IS NOT NULL" },
  ])

export default SupportTicket

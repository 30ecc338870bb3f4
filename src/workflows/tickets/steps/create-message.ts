import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  AuthorType,
  HELPDESK_MODULE,
  TicketChannel,
} from "../../../modules/helpdesk/domain/constants"
import { searchTextOf } from "../../../modules/helpdesk/domain/search-tokens"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type CreateMessageStepInput = {
  ticket_id: string
  author_type: AuthorType
  author_id?: string | null
  author_name?: string | null
  body: string
  internal?: boolean
  channel?: TicketChannel
  canned_reply_id?: string | null
  metadata?: Record<string, unknown> | null
  /**
   * True when the body's tokens are not all in the ticket's search_text: the writer (create ticket,
   * add message) folds them in and says whether they fit. System lines (activity records) are
   * not searched.
   */
  search_overflow?: boolean
  /** The inbound mail's Message-ID (unique: the same mail is stored once). */
  email_message_id?: string | null
  /** Defaults to now. */
  created_at?: Date
}

/** The row for a message, with the defaults every writer uses. */
export function messageRow(input: CreateMessageStepInput) {
  return {
    ticket_id: input.ticket_id,
    author_type: input.author_type,
    author_id: input.author_id ?? null,
    author_name: input.author_name ?? null,
    body: input.body,
    search_text: input.author_type === "system" ? "" : searchTextOf(input.body),
    search_overflow: input.author_type === "system" ? false : input.search_overflow ?? true,
    internal: input.internal ?? false,
    channel: input.channel ?? ("web" as const),
    canned_reply_id: input.canned_reply_id ?? null,
    metadata: input.metadata ?? null,
    email_message_id: input.email_message_id ?? null,
    ...(input.created_at ? { created_at: input.created_at } : {}),
  }
}

export const createMessageStepId = "create-support-message"

export const createMessageStep = createStep(
  createMessageStepId,
  async (input: CreateMessageStepInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const message = await helpdesk.createSupportMessages(messageRow(input))
    return new StepResponse(message, message.id)
  },
  async (messageId, { container }) => {
    if (!messageId) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.deleteSupportMessages(messageId)
  }
)

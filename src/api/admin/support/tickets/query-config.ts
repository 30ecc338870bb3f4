import {
  ADMIN_LINE_ITEM_FIELDS,
  ADMIN_LINKED_FIELDS,
  ADMIN_MESSAGE_FIELDS,
  ADMIN_TICKET_FIELDS,
} from "../../../../modules/helpdesk/domain/ticket-fields"

const TICKET_FIELDS: string[] = [...ADMIN_TICKET_FIELDS]
const MESSAGE_FIELDS: string[] = [...ADMIN_MESSAGE_FIELDS]
const LINKED_FIELDS: string[] = [...ADMIN_LINKED_FIELDS]
const LINE_ITEM_FIELDS: string[] = [...ADMIN_LINE_ITEM_FIELDS]

/** The message fields agents get, without the `messages.` prefix (thread pages, `*messages`). */
export const THREAD_MESSAGE_FIELDS = MESSAGE_FIELDS.map((f) => f.slice("messages.".length))

const ALLOWED = [
  ...TICKET_FIELDS,
  "messages",
  ...MESSAGE_FIELDS,
  "messages.attachments",
  "line_items",
  ...LINE_ITEM_FIELDS,
  "customer",
  "order",
  ...LINKED_FIELDS,
]

export const adminTicketListQueryConfig = {
  defaults: TICKET_FIELDS,
  allowed: ALLOWED,
  isList: true,
}

export const adminTicketQueryConfig = {
  defaults: [...TICKET_FIELDS, ...MESSAGE_FIELDS, ...LINE_ITEM_FIELDS],
  allowed: ALLOWED,
  isList: false,
}

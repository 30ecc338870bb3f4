import type { TicketThreadActions } from "medusa-plugin-helpdesk-storefront"
import { closeTicket, rateTicket, reopenTicket, reply, requestCallback, retrieveTicket, uploadFiles } from "./helpdesk"

/** The server actions a TicketThread writes through (the same for guests and customers). */
export const threadActions: TicketThreadActions = {
  reply,
  upload: uploadFiles,
  close: closeTicket,
  reopen: reopenTicket,
  rate: rateTicket,
  requestCallback,
  retrieveTicket,
}

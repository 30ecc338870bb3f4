import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const verifyGuestTicketStepId = "verify-support-guest-ticket"

/**
 * A guest opened their private link (which went to their address): the ticket's email is proven,
 * identity "verified_email". Only an unverified guest ticket changes; a customer's stays "customer".
 */
export const verifyGuestTicketStep = createStep(
  verifyGuestTicketStepId,
  async (ticket: { id: string; customer_id: string | null; identity: string }, { container }) => {
    if (ticket.customer_id || ticket.identity !== "unverified") return new StepResponse(false, null)
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.updateTicketIfVersion(ticket.id, null, { identity: "verified_email" })
    return new StepResponse(true, ticket.id)
  },
  async (ticketId, { container }) => {
    if (!ticketId) return
    await container
      .resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      .updateTicketIfVersion(ticketId, null, { identity: "unverified" })
  }
)

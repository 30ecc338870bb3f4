import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { actorMayAccess } from "../actor"
import { mayFollowMerge, mergeChain } from "../merge-chain"
import { HelpdeskActor } from "../types"

export const loadTicketForActorStepId = "load-support-ticket-for-actor"

/**
 * Loads a ticket and checks that the actor may act on it. A shopper who is not the owner gets the
 * same 404 as for a ticket that does not exist. With `via_ticket_id` (a reply redirected from a
 * merged ticket) the access may also come from that ticket, when it was merged into this one.
 */
export const loadTicketForActorStep = createStep(
  loadTicketForActorStepId,
  async (input: { ticket_id: string; actor: HelpdeskActor; via_ticket_id?: string | null }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listSupportTickets({ id: input.ticket_id }, { take: 1 })
    let allowed = !!ticket && actorMayAccess(input.actor, ticket)
    if (ticket && !allowed && input.via_ticket_id && input.via_ticket_id !== input.ticket_id) {
      const chain = await mergeChain(helpdesk, input.via_ticket_id)
      allowed = chain[chain.length - 1]?.id === ticket.id && mayFollowMerge(input.actor, chain)
    }
    if (!ticket || !allowed) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${input.ticket_id} was not found`)
    }
    return new StepResponse(ticket)
  }
)

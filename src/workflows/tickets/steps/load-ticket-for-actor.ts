import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { actorMayAccess } from "../actor"
import { HelpdeskActor } from "../types"

export const loadTicketForActorStepId = "load-support-ticket-for-actor"

/**
 * Loads a ticket and checks that the actor may act on it. A shopper who is not the owner gets the
 * same 404 as for a ticket that does not exist.
 */
export const loadTicketForActorStep = createStep(
  loadTicketForActorStepId,
  async (input: { ticket_id: string; actor: HelpdeskActor }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listSupportTickets({ id: input.ticket_id }, { take: 1 })
    if (!ticket || !actorMayAccess(input.actor, ticket)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${input.ticket_id} was not found`)
    }
    return new StepResponse(ticket)
  }
)

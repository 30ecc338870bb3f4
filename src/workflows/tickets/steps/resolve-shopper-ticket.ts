import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { resolveShopperTicket } from "../merge-chain"
import { HelpdeskActor } from "../types"

export const resolveShopperTicketStepId = "resolve-support-shopper-ticket"

/**
 * With `follow_merges`, a shopper's write on a merged ticket goes to the surviving ticket
 * (merge-chain.ts); everyone else writes where they asked.
 */
export const resolveShopperTicketStep = createStep(
  resolveShopperTicketStepId,
  async (input: { ticket_id: string; actor: HelpdeskActor; follow_merges?: boolean }, { container }) => {
    if (!input.follow_merges || input.actor.type !== "customer") {
      return new StepResponse({ ticket_id: input.ticket_id, redirected_from: null as string | null })
    }
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    return new StepResponse(await resolveShopperTicket(helpdesk, input.ticket_id, input.actor))
  }
)

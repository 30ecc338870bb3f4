import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const indexMessageOnItsOwnStepId = "index-support-message-on-its-own"

/**
 * For a message whose tokens are not folded into its ticket's (the writer leaves the ticket as
 * it is, e.g. auto mail on a thread): search finds it through its own index. Nothing to undo: the
 * flag only widens where search looks, and the message goes with a failed workflow anyway.
 */
export const indexMessageOnItsOwnStep = createStep(
  indexMessageOnItsOwnStepId,
  async (input: { message_id: string }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await helpdesk.markMessagesSearchOverflow({ ids: [input.message_id] })
    return new StepResponse(undefined)
  }
)

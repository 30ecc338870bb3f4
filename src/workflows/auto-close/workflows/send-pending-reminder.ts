import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createMessageStep } from "../../tickets/steps/create-message"
import { lockTicketsStep } from "../../tickets/steps/lock-tickets"
import { unlockTicketsStep } from "../../tickets/steps/unlock-tickets"
import { claimPendingReminderStep, PendingReminderClaim } from "../steps/claim-pending-reminder"

export const sendPendingReminderWorkflowId = "send-support-pending-reminder"

export type SendPendingReminderWorkflowInput = {
  ticket_id: string
  /** Nothing the shopper sees may have changed on the ticket since then (the reminder delay). */
  quiet_before: Date | string
  now?: Date | string
}

type Claimed = Extract<PendingReminderClaim, { claimed: true }>

/**
 * Auto-close's reminder of a pending ticket the shopper has not answered (run by the auto-close
 * job): once per wait, a public message by the automation (author type agent, no author id,
 * metadata.automation "auto_close_reminder", mailed like an agent's reply) in the ticket's
 * language, and an internal system line. Like the auto-acknowledgement it does not move the
 * ticket's activity times: the wait it ends is the one before it, and `pending_reminder_at`
 * marks it.
 *
 * @example
 * await sendPendingReminderWorkflow(container).run({ input: { ticket_id, quiet_before: threeDaysAgo } })
 */
export const sendPendingReminderWorkflow = createWorkflow(
  sendPendingReminderWorkflowId,
  (input: WorkflowData<SendPendingReminderWorkflowInput>) => {
    const locks = lockTicketsStep(transform({ input }, ({ input }) => ({ ids: [input.ticket_id] })))
    const claim = claimPendingReminderStep(input)
    const sent = when({ claim }, ({ claim }) => claim.claimed).then(() => {
      const reminder = createMessageStep(transform({ claim }, ({ claim }) => (claim as Claimed).reminder)).config({
        name: "create-support-pending-reminder",
      })
      createMessageStep(transform({ claim }, ({ claim }) => (claim as Claimed).line)).config({ name: "create-support-pending-reminder-line" })
      return reminder
    })
    unlockTicketsStep(locks)
    when({ sent }, ({ sent }) => !!sent).then(() => {
      emitEventStep({
        eventName: HelpdeskEvents.MESSAGE_CREATED,
        data: transform({ input, sent }, ({ input, sent }) => ({ id: input.ticket_id, message_id: sent!.id })),
      })
    })
    return new WorkflowResponse(transform({ sent }, ({ sent }) => ({ sent: !!sent, message_id: sent?.id ?? null })))
  }
)

import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../../modules/helpdesk/domain/events"
import { createMessageStep, CreateMessageStepInput } from "../../tickets/steps/create-message"
import { createMessagesStep } from "../../tickets/steps/create-messages"
import { createTicketWorkflow } from "../../tickets/workflows/create-ticket"
import { claimProactiveEventStep } from "../steps/claim-proactive-event"
import { planProactiveTicketStep, ProactivePlan } from "../steps/plan-proactive-ticket"
import { recordProactiveTicketStep } from "../steps/record-proactive-ticket"
import { OpenProactiveTicketInput, OpenProactiveTicketResult } from "../types"

export const openProactiveTicketWorkflowId = "open-support-proactive-ticket"

type Acting = Extract<ProactivePlan, { act: true }>

/**
 * The desk speaks first about an order (docs/proactive.md): run by the order-event subscribers,
 * the not-shipped job and the payment-webhook subscriber, and callable by hosts. As configured
 * for the kind in Settings -> Support -> Proactive it either writes on the open ticket about the
 * order (the store's public message and an internal line; or only the line) or opens a ticket
 * (the requester's, with the store's message; or an internal one with no requester).
 *
 * Once per event: the event's key (kind + order + `detail`) is claimed in support_proactive_event
 * with INSERT ... ON CONFLICT DO NOTHING before anything is written, so a second delivery, or a
 * second worker, finds it taken (`reason: "already_handled"`). A failure later in the run rolls
 * the ticket or messages back and gives the claim back.
 *
 * Emits support_ticket.created / message_created as the writes do, and
 * support_proactive.opened `{ id, kind, order_id, created }`.
 *
 * @example
 * const { result } = await openProactiveTicketWorkflow(container).run({
 *   input: { kind: "delivery_failed", order_id: "order_123", detail: "ful_123", note: "Carrier: address not found" },
 * })
 */
export const openProactiveTicketWorkflow = createWorkflow(
  openProactiveTicketWorkflowId,
  (input: WorkflowData<OpenProactiveTicketInput>) => {
    const plan = planProactiveTicketStep(input)
    const claim = claimProactiveEventStep(transform({ plan }, ({ plan }) => ({ claim: plan.act ? plan.claim : null })))
    const go = transform({ plan, claim }, ({ plan, claim }) => {
      const acting = plan.act && claim.claimed
      return {
        create: acting && !(plan as Acting).existing_ticket_id,
        existing: acting && !!(plan as Acting).existing_ticket_id,
        existing_public: acting && !!(plan as Acting).existing_ticket_id && !!(plan as Acting).public_message,
      }
    })

    const created = when("proactive-open-ticket", { go }, ({ go }) => go.create).then(() => {
      const ticket = createTicketWorkflow.runAsStep({ input: transform({ plan }, ({ plan }) => (plan as Acting).create!) })
      // The internal line next to a shopper's new ticket (an internal ticket's first message is the note).
      createMessagesStep(
        transform({ plan, ticket }, ({ plan, ticket }): CreateMessageStepInput[] =>
          (plan as Acting).line ? [{ ...(plan as Acting).line!, ticket_id: ticket.ticket.id }] : []
        )
      ).config({ name: "create-support-proactive-new-ticket-line" })
      return ticket
    })
    when("proactive-existing-public", { go }, ({ go }) => go.existing_public).then(() => {
      const message = createMessageStep(transform({ plan }, ({ plan }) => (plan as Acting).public_message!)).config({
        name: "create-support-proactive-message",
      })
      emitEventStep({
        eventName: HelpdeskEvents.MESSAGE_CREATED,
        data: transform({ message }, ({ message }) => ({ id: message.ticket_id, message_id: message.id })),
      }).config({ name: "emit-support-proactive-message-created" })
    })
    when("proactive-existing-line", { go }, ({ go }) => go.existing).then(() => {
      createMessageStep(
        transform({ plan }, ({ plan }): CreateMessageStepInput => ({ ...(plan as Acting).line!, ticket_id: (plan as Acting).existing_ticket_id! }))
      ).config({ name: "create-support-proactive-line" })
    })

    const result = transform({ plan, claim, created }, ({ plan, claim, created }): OpenProactiveTicketResult => {
      if (!plan.act) return { acted: false, reason: plan.reason, ticket_id: null, created: false }
      if (!claim.claimed) return { acted: false, reason: "already_handled", ticket_id: null, created: false }
      const ticket_id = plan.existing_ticket_id ?? created?.ticket.id ?? null
      return { acted: true, reason: null, ticket_id, created: !plan.existing_ticket_id }
    })
    when("proactive-record", { result }, ({ result }) => result.acted).then(() => {
      recordProactiveTicketStep(transform({ claim, result }, ({ claim, result }) => ({ id: claim.id!, ticket_id: result.ticket_id! })))
      emitEventStep({
        eventName: HelpdeskEvents.PROACTIVE_OPENED,
        data: transform({ result, plan }, ({ result, plan }) => ({
          id: result.ticket_id,
          kind: (plan as Acting).kind,
          order_id: (plan as Acting).claim.order_id,
          created: result.created,
        })),
      }).config({ name: "emit-support-proactive-opened" })
    })
    return new WorkflowResponse(result)
  }
)

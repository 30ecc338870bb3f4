import { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { createTicketWorkflow } from "../../../../workflows"
import { clientAddress } from "../../../utils/client-address"
import { createTicketIdempotently } from "../../../utils/idempotency"
import { fullName } from "../../../utils/full-name"
import { SHOWN_ARTICLE_IDS_KEY, shownArticleIds } from "../articles/shown-articles"
import { customerIdOf } from "./store-actor"
import { requestLocale } from "./request-locale"
import { presentStoreTicket, retrieveStoreTicket, STORE_TICKET_SELECT } from "./store-ticket"
import { StoreCreateTicketType, StoreListTicketsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreListTicketsType>,
  res: MedusaResponse
) => {
  const { status, limit, offset } = req.validatedQuery as StoreListTicketsType
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [tickets, count] = await helpdesk.listAndCountSupportTickets(
    { customer_id: req.auth_context.actor_id, ...(status ? { status } : {}) },
    { take: limit, skip: offset, order: { last_message_at: "DESC", created_at: "DESC" }, select: STORE_TICKET_SELECT }
  )
  res.json({ tickets: tickets.map((t) => presentStoreTicket(t)), count, offset, limit })
}

export const POST = async (req: MedusaRequest<StoreCreateTicketType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const customerId = customerIdOf(req)
  let requester: { email: string | null; name: string | null }
  if (customerId) {
    const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
    requester = { email: customer.email ?? null, name: fullName(customer) ?? null }
  } else {
    if (!body.email) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email is required to open a ticket without signing in")
    }
    requester = { email: body.email, name: body.name ?? null }
  }

  const shown = await shownArticleIds(req.scope, body.shown_article_ids)

  const { ticket, access_token, message } = await createTicketIdempotently(req.scope, {
    // A guest's retry must come from the same email and client address as the first request.
    caller: customerId ? `customer:${customerId}` : `guest:${requester.email}:${clientAddress(req)}`,
    key: req.get("idempotency-key"),
    body,
    create: (idempotency) =>
      createTicketWorkflow(req.scope)
        .run({
          input: {
            subject: body.subject,
            body: body.body,
            category: body.category ?? null,
            order_id: body.order_id ?? null,
            attachment_ids: body.attachment_ids,
            line_item_ids: body.line_item_ids,
            channel: "web",
            customer_id: customerId,
            email: requester.email,
            name: requester.name,
            // A guest's email is unproven: it never links the ticket to an account.
            identity: customerId ? "customer" : "unverified",
            locale: body.locale ?? requestLocale(req),
            author: { type: "customer", id: customerId, name: requester.name },
            idempotency_key: idempotency?.key ?? null,
            idempotency_fingerprint: idempotency?.fingerprint ?? null,
            issue_guest_token: !customerId,
            metadata: shown.length ? { [SHOWN_ARTICLE_IDS_KEY]: shown } : null,
            additional_data: body.additional_data,
          },
        })
        .then(({ result }) => ({ ticket: result.ticket, access_token: result.access_token, message: result.message })),
  })

  // A ticket just created is answered from what the workflow wrote (its one message, without
  // attachments); a retried one, or one with attachments, is read back.
  const stored =
    message && !body.attachment_ids?.length
      ? presentStoreTicket(ticket, { messages: [{ ...message, attachments: [] }], count: 1, has_more: false })
      : await retrieveStoreTicket(req.scope, ticket.id, { type: "customer", customer_id: customerId, access_token })
  res.status(201).json(access_token ? { ticket: stored, access_token } : { ticket: stored })
}

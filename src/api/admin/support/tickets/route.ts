import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { parseInboxOrder } from "../../../../modules/helpdesk/domain/inbox-query"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { createTicketWorkflow } from "../../../../workflows"
import { fullName } from "../../../utils/full-name"
import { agentActor, listAdminTicketsByIds, retrieveAdminTicket } from "./admin-ticket"
import { AdminCreateTicketType, AdminListTicketsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListTicketsType>, res: MedusaResponse) => {
  const { limit, offset, order, assignee_id, fields: _fields, ...filters } =
    req.validatedQuery as AdminListTicketsType
  const sort = parseInboxOrder(order)
  if (!sort) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cannot sort tickets by ${order}`)
  const assignee =
    assignee_id === "me" ? req.auth_context.actor_id : assignee_id === "none" ? null : assignee_id

  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const { ids, count, countExact } = await helpdesk.listInboxTicketIds(
    {
      ...filters,
      ...(assignee !== undefined ? { assignee_id: assignee } : {}),
      // "Assigned to me" also lists the tickets delegated away from me while I was away.
      ...(assignee_id === "me" ? { include_delegated: true } : {}),
    },
    { order: sort, limit, offset }
  )
  const tickets = await listAdminTicketsByIds(req.scope, ids, req.queryConfig.fields)
  res.json({ tickets, count, count_exact: countExact, offset, limit })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateTicketType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const agent = await agentActor(req)
  let requester = { email: body.email ?? null, name: body.name ?? null }
  if (body.customer_id) {
    const [customer] = await req.scope
      .resolve(Modules.CUSTOMER)
      .listCustomers({ id: body.customer_id }, { take: 1 })
    if (!customer) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Customer with id: ${body.customer_id} was not found`)
    }
    requester = { email: customer.email ?? null, name: fullName(customer) ?? body.name ?? null }
  }
  const { result } = await createTicketWorkflow(req.scope).run({
    input: {
      subject: body.subject,
      body: body.body,
      customer_id: body.customer_id ?? null,
      email: requester.email,
      name: requester.name,
      identity: body.customer_id ? "customer" : "unverified",
      locale: body.locale ?? null,
      order_id: body.order_id ?? null,
      channel: body.channel ?? "phone",
      priority: body.priority,
      category: body.category ?? null,
      tags: body.tags,
      assignee_id: body.assignee_id ?? null,
      attachment_ids: body.attachment_ids,
      author: { type: "agent", id: agent.id, name: agent.name },
      additional_data: body.additional_data,
    },
  })
  const ticket = await retrieveAdminTicket(req.scope, result.ticket.id, req.queryConfig.fields)
  res.status(201).json({ ticket })
}

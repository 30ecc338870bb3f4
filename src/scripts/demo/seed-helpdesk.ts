import { Modules } from "@medusajs/framework/utils"
import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import {
  addTicketMessageWorkflow,
  createCannedRepliesWorkflow,
  createTicketWorkflow,
  updateTicketWorkflow,
} from "../../workflows"
import { DEMO_ADMIN_EMAIL } from "./names"
import { AgentKey, AGENTS, CANNED_REPLIES, TICKETS } from "./tickets"
import { CommerceRefs } from "./seed-commerce"
import { Container, Logger } from "./types"

export async function seedHelpdesk(container: Container, logger: Logger, refs: CommerceRefs): Promise<boolean> {
  const userService = container.resolve(Modules.USER)
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)

  // Agents: the demo admin (created by `npm run demo` before seeding) and two more.
  logger.info("Seeding helpdesk agents...")
  const existingUsers = await userService.listUsers({ email: [DEMO_ADMIN_EMAIL, ...AGENTS.map((a) => a.email)] })
  const missingAgents = AGENTS.filter((a) => !existingUsers.some((u) => u.email === a.email))
  if (missingAgents.length) {
    await createUsersWorkflow(container).run({
      input: { users: missingAgents.map(({ key: _key, ...user }) => user) },
    })
  }
  const users = await userService.listUsers({ email: [DEMO_ADMIN_EMAIL, ...AGENTS.map((a) => a.email)] })
  const agents = {} as Record<AgentKey, { id: string; name: string }>
  for (const a of AGENTS) {
    const u = users.find((x) => x.email === a.email)!
    agents[a.key] = { id: u.id, name: `${a.first_name} ${a.last_name}` }
  }
  const admin = users.find((u) => u.email === DEMO_ADMIN_EMAIL)
  // Without the admin account (seed run by hand), its tickets go to Mina.
  agents.admin = admin ? { id: admin.id, name: [admin.first_name, admin.last_name].filter(Boolean).join(" ") || "Admin" } : agents.mina
  const agentActor = (key: AgentKey) => ({ type: "agent" as const, id: agents[key].id, name: agents[key].name })

  // Canned replies
  logger.info("Seeding canned replies...")
  let complete = true
  const existingReplies = await helpdesk.listSupportCannedReplies({}, { select: ["title"] })
  const missingReplies = CANNED_REPLIES.filter((r) => !existingReplies.some((e) => e.title === r.title))
  if (missingReplies.length) {
    await createCannedRepliesWorkflow(container).run({ input: { canned_replies: missingReplies } })
  }

  // Tickets
  logger.info("Seeding tickets...")
  const existingTickets: { metadata?: Record<string, unknown> | null }[] =
    await helpdesk.listSupportTickets({}, { select: ["id", "metadata"], take: null })
  let created = 0
  for (const plan of TICKETS) {
    if (existingTickets.some((t) => t.metadata?.demo_key === plan.key)) continue
    const customer = plan.customer ? refs.customers[plan.customer] : undefined
    const { result } = await createTicketWorkflow(container).run({
      input: {
        subject: plan.subject,
        body: plan.body,
        channel: plan.channel ?? "web",
        category: plan.category ?? null,
        priority: plan.priority ?? "normal",
        tags: plan.tags ?? [],
        order_id: plan.order ? refs.orders[plan.order].id : null,
        customer_id: customer?.id ?? null,
        email: customer?.email ?? plan.guest?.email ?? null,
        name: customer ? `${customer.first_name} ${customer.last_name}` : plan.guest?.name ?? null,
        identity: customer ? "customer" : "unverified",
        assignee_id: plan.assignee ? agents[plan.assignee].id : null,
        author: customer
          ? { type: "customer", id: customer.id, name: `${customer.first_name} ${customer.last_name}` }
          : { type: "customer", id: null, name: plan.guest?.name ?? null },
        issue_guest_token: !customer,
        metadata: { demo_key: plan.key },
      },
    })
    const ticketId = result.ticket.id
    for (const step of plan.then ?? []) {
      if ("set" in step) {
        await updateTicketWorkflow(container).run({
          input: { id: ticketId, actor: agentActor(step.by), status: step.set },
        })
      } else if (step.from === "customer") {
        await addTicketMessageWorkflow(container).run({
          input: {
            ticket_id: ticketId,
            body: step.body,
            actor: { type: "customer", customer_id: customer?.id ?? null, name: customer?.first_name ?? plan.guest?.name },
          },
        })
      } else {
        await addTicketMessageWorkflow(container).run({
          input: {
            ticket_id: ticketId,
            body: step.body,
            internal: step.internal ?? false,
            status: step.status,
            actor: agentActor(step.from),
          },
        })
      }
    }
    created++
  }
  logger.info(`Seeded ${created} tickets (${TICKETS.length - created} already there).`)
  return complete
}

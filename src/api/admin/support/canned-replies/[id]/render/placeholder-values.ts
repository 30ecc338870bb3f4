import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { PlaceholderValues } from "../../../../../../modules/helpdesk/domain/placeholders"
import { storeName } from "../../../../../utils/store-name"
import { orderPlaceholderValues } from "../../../../../../workflows/order-actions/order-placeholders"

type Resolver = Pick<MedusaContainer, "resolve">

const TICKET_FIELDS = [
  "id",
  "display_id",
  "subject",
  "email",
  "name",
  "customer.first_name",
  "customer.last_name",
  "customer.email",
  "order.display_id",
  "order.status",
  "order.total",
  "order.currency_code",
  "order_id",
]

/** An order total as shoppers read it, e.g. "€49.00"; amounts are in the currency's main unit. */
export function formatTotal(total: unknown, currencyCode: string | null | undefined, locale?: string | null) {
  const raw = total && typeof total === "object" && "numeric" in total ? (total as { numeric: unknown }).numeric : total
  if (raw === null || raw === undefined || raw === "") return null
  const amount = Number(raw)
  if (!Number.isFinite(amount)) return null
  if (!currencyCode) return String(amount)
  const options = { style: "currency", currency: currencyCode.toUpperCase() } as const
  try {
    return new Intl.NumberFormat(locale || "en", options).format(amount)
  } catch {
    return new Intl.NumberFormat("en", options).format(amount)
  }
}

async function agentFirstName(scope: Resolver, agentId: string | undefined): Promise<string | null> {
  // Never filter on an undefined id: it would become IS NULL.
  if (!agentId) return null
  const [user] = await scope.resolve(Modules.USER).listUsers({ id: agentId }, { select: ["first_name"], take: 1 })
  return user?.first_name ?? null
}

/**
 * The placeholder values for one ticket (404 when it does not exist).
 * - customer.*: the linked customer account. A guest (or a deleted account) has only what the
 *   ticket holds: the name they typed becomes customer.first_name as a whole, because splitting
 *   a free-text name into first and last guesses wrong for many cultures; customer.last_name
 *   stays empty so its fallback applies; customer.email is the ticket's email.
 * - order.*: the order linked to the ticket, none otherwise; the total is formatted for `locale`
 *   (the canned reply's language) in the order's currency.
 * - agent.first_name: the signed-in admin user; store.name: the storeName plugin option, else
 *   the Medusa store's name.
 */
export async function placeholderValuesForTicket(
  scope: Resolver,
  ticketId: string,
  ctx: { agent_id?: string; locale?: string | null }
): Promise<PlaceholderValues> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data }, agent, store] = await Promise.all([
    query.graph({ entity: "support_ticket", fields: TICKET_FIELDS, filters: { id: ticketId } }),
    agentFirstName(scope, ctx.agent_id),
    storeName(scope),
  ])
  const ticket = data[0]
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${ticketId} was not found`)

  const customer = ticket.customer
  const order = ticket.order
  // Items, tracking, statuses, city and return label (see orderPlaceholderValues).
  const orderValues = order && ticket.order_id ? await orderPlaceholderValues(scope, ticket.order_id) : {}
  return {
    ...orderValues,
    "customer.first_name": customer ? customer.first_name : ticket.name,
    "customer.last_name": customer ? customer.last_name : null,
    "customer.email": customer?.email || ticket.email,
    "order.display_id": order?.display_id,
    "order.status": order?.status,
    "order.total": order ? formatTotal(order.total, order.currency_code, ctx.locale) : null,
    "ticket.display_id": ticket.display_id,
    "ticket.subject": ticket.subject,
    "agent.first_name": agent,
    "store.name": store,
  }
}

import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { buildContactRateQuery, presentContactRates } from "../../../../../modules/helpdesk/domain/reports/contact-rate-query"
import { AdminContactRateReportType } from "../validators"

const DAY = 86_400_000

/**
 * Tickets per 100 orders for each product over [from, to), one statement over the helpdesk's
 * tickets and Medusa's order and product tables on the app's connection (like requester-orders.ts).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminContactRateReportType>, res: MedusaResponse) => {
  const query = req.validatedQuery as AdminContactRateReportType
  const to = query.to ?? new Date()
  const from = query.from ?? new Date(to.getTime() - 30 * DAY)
  // The validator compares from and to when both are given; here `from` alone lies in the future.
  if (from >= to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must be before to")
  const built = buildContactRateQuery({ from, to, product_id: query.product_id, order: query.order, limit: query.limit, offset: query.offset })
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(built.sql, built.params as Knex.RawBinding[])
  const { count, products } = presentContactRates(rows[0])
  res.json({ products, count, limit: query.limit, offset: query.offset, from: from.toISOString(), to: to.toISOString() })
}

import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { HelpdeskOptions } from "../../modules/helpdesk/domain/options"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { customerIdOf } from "../store/support/tickets/store-actor"

type Rule = keyof HelpdeskOptions["rateLimits"]

/**
 * Shopper-facing rate limit: a signed-in customer is counted by account, a guest by IP address
 * (`req.ip`, which honours one proxy hop as Medusa sets `trust proxy`). Counters live in Postgres,
 * shared by all server instances. Over the limit: 429 with Retry-After.
 */
export function rateLimit(rule: Rule) {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
      const customerId = customerIdOf(req)
      const client = customerId ? `customer:${customerId}` : `ip:${req.ip ?? "unknown"}`
      const hit = await helpdesk.hitRateLimit(rule, client, helpdesk.getOptions().rateLimits[rule])
      if (hit.allowed) return next()
      res.setHeader("Retry-After", String(hit.retryAfterSeconds))
      res.status(429).json({
        type: "too_many_requests",
        message: `Too many requests; try again in ${hit.retryAfterSeconds} seconds`,
      })
    } catch (e) {
      next(e)
    }
  }
}

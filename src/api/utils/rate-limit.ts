import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createHash } from "crypto"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { RateLimitRule } from "../../modules/helpdesk/domain/options"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { customerIdOf } from "../store/support/tickets/store-actor"
import { clientAddress } from "./client-address"

/**
 * Who a rule counts together:
 * - shopper: a signed-in customer by account, a guest by client address (client-address.ts);
 * - guestEmail: guests by the email in the validated body (hashed; nothing stored in clear);
 * - allGuests: every guest together, a store-wide ceiling (signed-in customers are not counted).
 */
export type RateLimitScope = "shopper" | "guestEmail" | "allGuests"

/** The counter key for this request, or null when the rule does not apply to it. */
function bucketOf(req: MedusaRequest, scope: RateLimitScope): string | null {
  const customerId = customerIdOf(req)
  if (scope === "shopper") return customerId ? `customer:${customerId}` : `ip:${clientAddress(req)}`
  if (customerId) return null
  if (scope === "allGuests") return "all-guests"
  const email = (req.validatedBody as { email?: unknown } | undefined)?.email
  if (typeof email !== "string" || !email) return null
  return `email:${createHash("sha256").update(email.toLowerCase(), "utf8").digest("hex").slice(0, 32)}`
}

const MESSAGES: Record<RateLimitScope, (seconds: number) => string> = {
  shopper: (s) => `Too many requests; try again in ${s} seconds`,
  guestEmail: (s) => `Too many tickets opened with this email address; try again in ${s} seconds`,
  allGuests: (s) => `Support is receiving too many requests right now; try again in ${s} seconds`,
}

async function hit(
  req: MedusaRequest,
  res: MedusaResponse,
  rule: RateLimitRule,
  scope: RateLimitScope,
  amount: number
): Promise<boolean> {
  const bucket = bucketOf(req, scope)
  if (!bucket) return true
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const result = await helpdesk.hitRateLimit(rule, bucket, helpdesk.getOptions().rateLimits[rule], amount)
  if (result.allowed) return true
  res.setHeader("Retry-After", String(result.retryAfterSeconds))
  res.status(429).json({ type: "too_many_requests", message: MESSAGES[scope](result.retryAfterSeconds) })
  return false
}

/**
 * Shopper-facing rate limit on one rule (options `rateLimits`), counted over a sliding window in
 * Postgres, shared by all server instances. Over the limit: 429 with Retry-After.
 */
export function rateLimit(rule: RateLimitRule, scope: RateLimitScope = "shopper") {
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    try {
      if (await hit(req, res, rule, scope, 1)) next()
    } catch (e) {
      next(e)
    }
  }
}

/** The bytes of the files multer received, counted per shopper (rule `uploadBytes`). */
export async function rateLimitUploadBytes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const files = (req as MedusaRequest & { files?: { size: number }[] }).files ?? []
    const bytes = files.reduce((sum, f) => sum + (f.size ?? 0), 0)
    if (!bytes || (await hit(req, res, "uploadBytes", "shopper", bytes))) next()
  } catch (e) {
    next(e)
  }
}

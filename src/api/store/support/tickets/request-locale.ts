import { MedusaRequest } from "@medusajs/framework/http"
import { locale } from "../../../utils/schemas"

/**
 * The language Medusa's applyLocale middleware read from `?locale=` or `x-medusa-locale`
 * (`req.locale`), when it is a plain language tag; null otherwise.
 */
export function requestLocale(req: MedusaRequest): string | null {
  const value = (req as MedusaRequest & { locale?: unknown }).locale
  return typeof value === "string" && locale.safeParse(value).success ? value : null
}

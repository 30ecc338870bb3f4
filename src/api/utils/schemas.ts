import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { hasUnstorableChars, safeText } from "../../modules/helpdesk/domain/text"

// The one place for schema pieces the support routes share. Every string a client sends, ids and
// query filters included, goes through the text rule (domain/text.ts): NUL or an unpaired
// surrogate is a 400, never a database error.

export const id = safeText({ min: 1, max: 100 })
export const idList = (max: number) => z.array(id).max(max)
/** An email address as given in a body (stored lower case). */
export const email = safeText({ min: 1, max: 254, trim: true }).pipe(z.string().toLowerCase().email())
/** An email address as a filter: matched case-insensitively, so any text up to the length. */
export const emailFilter = safeText({ min: 1, max: 254, trim: true })
export const tag = safeText({ min: 1, max: 50, trim: true })
export const category = safeText({ min: 1, max: 100, trim: true })
export const subject = safeText({ min: 1, max: 200, trim: true })
export const messageBody = safeText({ min: 1, max: 20_000 })
export const personName = safeText({ min: 1, max: 200, trim: true })
export const searchQuery = safeText({ min: 1, max: 200, trim: true })

/**
 * A BCP 47 language tag, stored canonical ("ko_kr" -> "ko-KR") so filters match what was saved:
 * tickets (the language of their mail), articles, canned replies.
 */
export const locale = z
  .string()
  .trim()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/, "must be a language tag such as en or ko-KR")
  .transform((tag, ctx) => {
    try {
      return Intl.getCanonicalLocales(tag.replace(/_/g, "-"))[0]
    } catch {
      ctx.addIssue({ code: "custom", message: "must be a language tag such as en or ko-KR" })
      return z.NEVER
    }
  })

/** limit/offset as Medusa lists take them, bounded. */
export const paginationParams = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

function storable(value: unknown): boolean {
  if (typeof value === "string") return !hasUnstorableChars(value)
  if (Array.isArray(value)) return value.every(storable)
  if (value && typeof value === "object") {
    return Object.entries(value).every(([k, v]) => !hasUnstorableChars(k) && storable(v))
  }
  return true
}

/** A free-form JSON object (metadata) whose keys and strings follow the text rule. */
export const jsonObject = z.record(z.string(), z.unknown()).refine(storable, {
  message: "contains characters that cannot be stored (NUL or unpaired surrogate)",
})

const fields = safeText({ max: 2000 }).optional()
const order = safeText({ max: 50 }).optional()

/** One value or a repeated query parameter (`?status=open&status=pending`). */
export function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema).max(20)]).transform((v) => (Array.isArray(v) ? v : [v]))
}

/** `?fields=` of a detail route: Medusa's select params with the text rule, nothing else. */
export const selectParams = () => createSelectParams().extend({ fields }).strict()

/**
 * Medusa's find params (fields, limit, offset, order), bounded and under the text rule;
 * `with_deleted` is not offered. Extend with the route's filters, then `.strict()`.
 */
export const findParams = () =>
  createFindParams()
    .omit({ with_deleted: true })
    .extend({
      fields,
      order,
      ...paginationParams,
    })
    .strict()

const MAX_ADDITIONAL_DATA_CHARS = 10_000

/**
 * `additional_data` in a write's body: a JSON object passed to the workflow's hook for host
 * extensions (docs/architecture.md "Hooks"), limited in size; the plugin itself never reads it.
 */
export const additionalData = z
  .record(z.string().max(100), z.unknown())
  .refine((v) => JSON.stringify(v).length <= MAX_ADDITIONAL_DATA_CHARS, {
    message: `additional_data must be at most ${MAX_ADDITIONAL_DATA_CHARS} characters of JSON`,
  })
  .optional()

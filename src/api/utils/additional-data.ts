import { z } from "@medusajs/framework/zod"

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

import { z } from "@medusajs/framework/zod"

/** limit/offset as Medusa lists take them, bounded. */
export const paginationParams = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
}

/** One value or a repeated query parameter (`?status=open&status=pending`). */
export function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema).max(20)]).transform((v) => (Array.isArray(v) ? v : [v]))
}

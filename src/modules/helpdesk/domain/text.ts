import { z } from "@medusajs/framework/zod"

// NUL cannot be stored in Postgres text; an unpaired surrogate is not valid UTF-8.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export function hasUnstorableChars(s: string): boolean {
  return UNSTORABLE.test(s)
}

/** A text field as people write it, in any script; refuses only what cannot be stored. */
export function safeText(opts: { max: number; min?: number; trim?: boolean }) {
  const base = opts.trim ? z.string().trim() : z.string()
  return base
    .min(opts.min ?? 0, opts.min ? `must not be empty` : undefined)
    .max(opts.max)
    .refine((s) => !hasUnstorableChars(s), {
      message: "contains characters that cannot be stored (NUL or unpaired surrogate)",
    })
}

import { z } from "@medusajs/framework/zod"

const instant = z
  .string()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), "must be an ISO date or date-time")
  .transform((s) => new Date(s))

/** Answers in [from, to) by when they were given; defaults: the 30 days up to now. */
export const AdminSurveyResults = z
  .object({ from: instant.optional(), to: instant.optional() })
  .strict()
  .refine((q) => !q.from || !q.to || q.from < q.to, { message: "from must be before to", path: ["from"] })
export type AdminSurveyResultsType = z.infer<typeof AdminSurveyResults>

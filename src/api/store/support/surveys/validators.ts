import { z } from "@medusajs/framework/zod"
import { SURVEY_COMMENT_MAX } from "../../../../modules/helpdesk/domain/surveys/settings"
import { safeText } from "../../../../modules/helpdesk/domain/text"

/** The answer: "yes" / "no" on a yes/no survey, a whole number 1-5 on a five-point one (checked against the survey). */
export const StoreAnswerSurvey = z
  .object({
    answer: z.union([z.enum(["yes", "no"]), z.number().int().min(1).max(5)]),
    comment: safeText({ max: SURVEY_COMMENT_MAX, trim: true }).nullish(),
  })
  .strict()
export type StoreAnswerSurveyType = z.infer<typeof StoreAnswerSurvey>

export const StoreGetSurvey = z.object({}).strict()

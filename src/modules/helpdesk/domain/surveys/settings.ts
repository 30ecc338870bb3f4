import { z } from "@medusajs/framework/zod"
import { safeText } from "../text"

/**
 * The satisfaction survey offered when a ticket is solved (docs/automation.md "Satisfaction
 * surveys"): at most two questions, the answer on the merchant's scale and an optional comment.
 * Pure: settings, questions per locale and how an answer becomes the ticket's rating.
 */

export const SURVEY_SCALES = ["yes_no", "five_point"] as const
export type SurveyScale = (typeof SURVEY_SCALES)[number]
export const SURVEY_LOCALES = ["en", "ko", "el"] as const
export type SurveyLocale = (typeof SURVEY_LOCALES)[number]

/** The longest comment a shopper may leave. */
export const SURVEY_COMMENT_MAX = 2000

type Questions = { answer: Record<SurveyScale, string>; comment: string }

export const DEFAULT_SURVEY_QUESTIONS: Record<SurveyLocale, Questions> = {
  en: {
    answer: { yes_no: "Did this answer your question?", five_point: "How well did we answer your question? (1 = not at all, 5 = completely)" },
    comment: "How could we do better?",
  },
  ko: {
    answer: { yes_no: "문의하신 내용에 대한 답변이 되었나요?", five_point: "답변이 얼마나 도움이 되었나요? (1 = 전혀 아님, 5 = 매우 그렇다)" },
    comment: "어떻게 하면 더 나아질 수 있을까요?",
  },
  el: {
    answer: { yes_no: "Απάντησε αυτό στην ερώτησή σας;", five_point: "Πόσο καλά απαντήσαμε στην ερώτησή σας; (1 = καθόλου, 5 = απόλυτα)" },
    comment: "Πώς θα μπορούσαμε να γίνουμε καλύτεροι;",
  },
}

const question = safeText({ min: 1, max: 300, trim: true })
// null takes a custom text back to the default.
const localeQuestions = z.object({ answer: question.nullable(), comment: question.nullable() }).partial().strict()

/** The `survey` section of POST /admin/support/settings (merged over what is stored). */
export const SurveySettingsInputSchema = z
  .object({
    enabled: z.boolean(),
    scale: z.enum(SURVEY_SCALES),
    /** Custom question texts; a text left out (or null) falls back to the default of its locale and scale. */
    questions: z.object({ en: localeQuestions, ko: localeQuestions, el: localeQuestions }).partial().strict(),
  })
  .partial()
  .strict()
export type SurveySettingsInput = z.infer<typeof SurveySettingsInputSchema>

export type SurveySettings = {
  enabled: boolean
  scale: SurveyScale
  /** Only the texts the merchant set; `questionsFor` fills in the defaults. */
  questions: Partial<Record<SurveyLocale, { answer?: string | null; comment?: string | null }>>
}

/** Stored values over the defaults (on, yes/no); bad stored data is ignored. */
export function resolveSurveySettings(stored: unknown, enabledByDefault = true): SurveySettings {
  const parsed = SurveySettingsInputSchema.safeParse(stored ?? {})
  const value = parsed.success ? parsed.data : {}
  return { enabled: value.enabled ?? enabledByDefault, scale: value.scale ?? "yes_no", questions: value.questions ?? {} }
}

export function mergeSurveySettings(stored: unknown, change: SurveySettingsInput): SurveySettingsInput {
  const parsed = SurveySettingsInputSchema.safeParse(stored ?? {})
  const base = parsed.success ? parsed.data : {}
  const questions: Record<string, unknown> = { ...(base.questions ?? {}) }
  for (const locale of SURVEY_LOCALES) {
    if (change.questions?.[locale]) questions[locale] = { ...(base.questions?.[locale] ?? {}), ...change.questions[locale] }
  }
  return {
    ...base,
    ...(change.enabled !== undefined ? { enabled: change.enabled } : {}),
    ...(change.scale !== undefined ? { scale: change.scale } : {}),
    questions: questions as SurveySettingsInput["questions"],
  }
}

/** "ko-KR" -> "ko"; anything unsupported -> "en". */
export function surveyLocale(locale: string | null | undefined): SurveyLocale {
  const base = (locale ?? "").toLowerCase().split(/[-_]/)[0]
  return (SURVEY_LOCALES as readonly string[]).includes(base) ? (base as SurveyLocale) : "en"
}

export type SurveyQuestion =
  | { id: "answer"; type: "yes_no"; text: string; required: true; options: ["yes", "no"] }
  | { id: "answer"; type: "five_point"; text: string; required: true; options: [1, 2, 3, 4, 5] }
  | { id: "comment"; type: "text"; text: string; required: false; max_length: number }

/** The two questions in the ticket's language, the merchant's texts over the defaults. */
export function questionsFor(settings: Pick<SurveySettings, "questions">, scale: SurveyScale, locale: SurveyLocale): SurveyQuestion[] {
  const own = settings.questions[locale] ?? {}
  const defaults = DEFAULT_SURVEY_QUESTIONS[locale]
  const answer = own.answer ?? defaults.answer[scale]
  const first: SurveyQuestion =
    scale === "yes_no"
      ? { id: "answer", type: "yes_no", text: answer, required: true, options: ["yes", "no"] }
      : { id: "answer", type: "five_point", text: answer, required: true, options: [1, 2, 3, 4, 5] }
  return [first, { id: "comment", type: "text", text: own.comment ?? defaults.comment, required: false, max_length: SURVEY_COMMENT_MAX }]
}

export type SurveyAnswer = "yes" | "no" | number

/**
 * The ticket's rating for an answer: a 1-5 answer is the score itself; "yes" is 5 and "no" is 1
 * (the ends of the rating's scale). Positive: "yes", or 4 and 5. Null when the answer does not fit
 * the scale the survey was offered with.
 */
export function scoreOf(scale: SurveyScale, answer: SurveyAnswer): { score: number; positive: boolean; answer: string } | null {
  if (scale === "yes_no") {
    if (answer === "yes") return { score: 5, positive: true, answer: "yes" }
    if (answer === "no") return { score: 1, positive: false, answer: "no" }
    return null
  }
  if (typeof answer !== "number" || !Number.isInteger(answer) || answer < 1 || answer > 5) return null
  return { score: answer, positive: answer >= 4, answer: String(answer) }
}

/** The answer as stored ("yes", "no", "1".."5") back in the API's form. */
export function presentAnswer(scale: SurveyScale, stored: string): SurveyAnswer {
  return scale === "yes_no" ? (stored === "yes" ? "yes" : "no") : Number(stored)
}

/** The system line an answer leaves on the ticket (agents and the shopper see it). */
export function answeredLine(scale: SurveyScale, answer: SurveyAnswer): string {
  return scale === "yes_no"
    ? `Survey answered: ${answer === "yes" ? "yes, this answered the question" : "no, this did not answer the question"}`
    : `Survey answered: ${answer}/5`
}

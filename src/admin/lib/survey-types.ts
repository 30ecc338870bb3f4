// The survey section of GET /admin/support/settings and GET /admin/support/surveys/results.
export const SURVEY_LOCALES = ["en", "ko", "el"] as const
export type SurveyLocale = (typeof SURVEY_LOCALES)[number]
export const SURVEY_SCALES = ["yes_no", "five_point"] as const
export type SurveyScale = (typeof SURVEY_SCALES)[number]

export type SurveyQuestionTexts = { answer?: string; comment?: string }

export type SurveySettings = {
  enabled: boolean
  scale: SurveyScale
  questions: Partial<Record<SurveyLocale, SurveyQuestionTexts>>
  default_questions: Record<SurveyLocale, { answer: Record<SurveyScale, string>; comment: string }>
}

export type SurveyMeasures = {
  answered: number
  positive: number
  scored: number
  average_score: number | null
  positive_rate: number | null
}

export type SurveyResults = {
  from: string
  to: string
  totals: SurveyMeasures
  by_agent: (SurveyMeasures & { assignee_id: string | null; name: string | null })[]
  by_canned_reply: (SurveyMeasures & { canned_reply_id: string; title: string | null })[]
}

/** A ticket's answer (admin ticket `survey_response`). */
export type SurveyResponse = {
  source: "survey" | "rating"
  scale: SurveyScale
  answer: "yes" | "no" | number
  score: number
  positive: boolean
  comment: string | null
  answered_at: string
}

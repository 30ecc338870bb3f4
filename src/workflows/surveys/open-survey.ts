import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import {
  presentAnswer,
  questionsFor,
  SurveyLocale,
  surveyLocale,
  SurveyScale,
} from "../../modules/helpdesk/domain/surveys/settings"
import { SurveyTokenPayload, verifySurveyToken } from "../../modules/helpdesk/domain/surveys/token"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { emailSigningSecret } from "../email/signing-secret"
import { loadSurveySettings } from "./settings"

type Resolver = Pick<MedusaContainer, "resolve">

/** A survey link that opens nothing: 404 (not ours, forged, no such ticket) or 410 (expired, superseded). */
export class SurveyLinkError extends Error {
  constructor(
    readonly status: 404 | 410,
    readonly type: "not_found" | "survey_expired" | "survey_closed",
    message: string
  ) {
    super(message)
  }
}

export const SURVEY_TICKET_FIELDS = [
  "id",
  "display_id",
  "subject",
  "status",
  "locale",
  "assignee_id",
  "solved_at",
  "rated_at",
  "rating_score",
  "rating_comment",
]

type Ticket = {
  id: string
  display_id: number
  subject: string
  status: string
  locale: string | null
  assignee_id: string | null
  solved_at: Date | null
  rated_at: Date | null
  rating_score: number | null
  rating_comment: string | null
}

export type SurveyResponseRow = {
  id: string
  scale: SurveyScale
  answer: string
  score: number
  positive: boolean
  comment: string | null
  source: string
  created_at: Date | string
}

export type OpenSurvey = {
  payload: SurveyTokenPayload
  ticket: Ticket
  response: SurveyResponseRow | null
  /** Answered already (a survey answer, or a rating given another way). */
  answered: boolean
  locale: SurveyLocale
}

/**
 * The survey a token opens, checked: signature, expiry, the ticket, and that the token is for the
 * ticket's latest solve. An answered survey stays readable (any valid token of that ticket shows
 * the answer); an unanswered one opens only from the token of the current solve.
 */
export async function openSurvey(container: Resolver, token: string, now = new Date()): Promise<OpenSurvey> {
  const check = verifySurveyToken(emailSigningSecret(container), token, now)
  if (!check.ok && check.reason === "expired") {
    throw new SurveyLinkError(410, "survey_expired", "This survey link has expired")
  }
  if (!check.ok) throw new SurveyLinkError(404, "not_found", "Survey not found")
  const { payload } = check
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const [ticket] = (await helpdesk.listSupportTickets({ id: payload.ticket_id }, { select: SURVEY_TICKET_FIELDS, take: 1 })) as Ticket[]
  if (!ticket) throw new SurveyLinkError(404, "not_found", "Survey not found")
  const [response] = (await helpdesk.listSupportSurveyResponses({ ticket_id: ticket.id }, { take: 1 })) as SurveyResponseRow[]
  const answered = !!response || !!ticket.rated_at
  if (!answered) {
    const current = ticket.solved_at ? new Date(ticket.solved_at).getTime() : null
    if (current === null || (ticket.status !== "solved" && ticket.status !== "closed")) {
      throw new SurveyLinkError(410, "survey_closed", "This request was reopened, so its survey is closed")
    }
    if (current !== payload.occurrence) {
      throw new SurveyLinkError(410, "survey_closed", "This survey was replaced by a newer one")
    }
  }
  return { payload, ticket, response: response ?? null, answered, locale: surveyLocale(ticket.locale) }
}

/** The `{ survey }` of the store routes: the questions in the ticket's language, and the answer once given. */
export async function presentSurvey(container: Resolver, survey: OpenSurvey) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const settings = await loadSurveySettings(helpdesk)
  const { ticket, response } = survey
  // The scale the survey was offered with, or (for a rating given without it) the 1-5 rating.
  const scale: SurveyScale = response?.scale ?? (ticket.rated_at ? "five_point" : survey.payload.scale)
  return {
    locale: survey.locale,
    scale,
    questions: questionsFor(settings, scale, survey.locale),
    ticket: { display_id: ticket.display_id, subject: ticket.subject },
    expires_at: new Date(survey.payload.expires_at).toISOString(),
    answered: survey.answered,
    answer: response
      ? {
          answer: presentAnswer(response.scale, response.answer),
          score: response.score,
          positive: response.positive,
          comment: response.comment ?? null,
          answered_at: response.created_at,
        }
      : ticket.rated_at
        ? {
            answer: ticket.rating_score,
            score: ticket.rating_score,
            positive: (ticket.rating_score ?? 0) >= 4,
            comment: ticket.rating_comment ?? null,
            answered_at: ticket.rated_at,
          }
        : null,
  }
}

import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import { SurveyScale } from "../../modules/helpdesk/domain/surveys/settings"
import { signSurveyToken } from "../../modules/helpdesk/domain/surveys/token"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { emailSigningSecret } from "../email/signing-secret"

type Resolver = Pick<MedusaContainer, "resolve">

/** What the thread's survey message keeps (metadata.survey); the token is derived again, never stored. */
export type SurveyRequestMetadata = {
  /** The solve it asks about: the ticket's solved_at then (ISO). */
  solved_at: string
  scale: SurveyScale
  expires_at: string
  /** The assignee when the ticket was solved (results per agent). */
  assignee_id: string | null
}

export const SURVEY_REQUESTED_EVENT = "survey_requested"

/** The survey of one solve: its expiry follows from the solve, so every caller derives the same token. */
export function surveyRequestFor(
  helpdesk: HelpdeskModuleService,
  ticket: { solved_at: Date | string; assignee_id?: string | null },
  scale: SurveyScale
): SurveyRequestMetadata {
  const solved = new Date(ticket.solved_at)
  const expires = new Date(solved.getTime() + helpdesk.getOptions().survey.ttlDays * 86_400_000)
  return { solved_at: solved.toISOString(), scale, expires_at: expires.toISOString(), assignee_id: ticket.assignee_id ?? null }
}

export function surveyTokenFor(container: Resolver, ticketId: string, request: Pick<SurveyRequestMetadata, "solved_at" | "scale" | "expires_at">): string {
  return signSurveyToken(emailSigningSecret(container), {
    ticket_id: ticketId,
    occurrence: new Date(request.solved_at).getTime(),
    expires_at: new Date(request.expires_at).getTime(),
    scale: request.scale,
  })
}

/** The survey page (option `email.storefrontSurveyUrl`) for a token. */
export function surveyUrl(container: Resolver, token: string): string {
  const template = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().email.storefrontSurveyUrl
  return template.replace(/\{token\}/g, encodeURIComponent(token))
}

export function surveyRequestOf(metadata: unknown): SurveyRequestMetadata | null {
  const meta = metadata as { event?: unknown; survey?: Partial<SurveyRequestMetadata> } | null
  if (meta?.event !== SURVEY_REQUESTED_EVENT || !meta.survey) return null
  const { solved_at, scale, expires_at } = meta.survey
  if (typeof solved_at !== "string" || typeof expires_at !== "string" || (scale !== "yes_no" && scale !== "five_point")) return null
  return { solved_at, scale, expires_at, assignee_id: meta.survey.assignee_id ?? null }
}

/**
 * The `survey` a store message shows for the thread's survey message: its link (the shopper owns
 * the thread), scale and expiry. Null for every other message.
 */
export function storeSurveyLinker(container: Resolver) {
  return (message: { ticket_id?: string; metadata?: unknown }, ticketId: string) => {
    const request = surveyRequestOf(message.metadata)
    if (!request) return null
    const token = surveyTokenFor(container, ticketId, request)
    return { token, url: surveyUrl(container, token), scale: request.scale, expires_at: request.expires_at }
  }
}
export type StoreSurveyLinker = ReturnType<typeof storeSurveyLinker>

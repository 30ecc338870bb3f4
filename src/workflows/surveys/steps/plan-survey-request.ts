import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { questionsFor, surveyLocale } from "../../../modules/helpdesk/domain/surveys/settings"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { CreateMessageStepInput } from "../../tickets/steps/create-message"
import { SURVEY_REQUESTED_EVENT, surveyRequestFor, surveyRequestOf } from "../links"
import { loadSurveySettings } from "../settings"

export const planSurveyRequestStepId = "plan-support-survey-request"

export type SurveyRequestPlan =
  | { send: true; message: CreateMessageStepInput }
  | { send: false; reason: "disabled" | "not_solved" | "answered" | "already_requested" }

/**
 * Whether the ticket's current solve gets a survey message: the survey is on, the ticket is solved,
 * it has no answer (nor a rating) yet, and this solve has no survey message (events may arrive
 * twice). Nothing is written here.
 */
export const planSurveyRequestStep = createStep(
  planSurveyRequestStepId,
  async (input: { ticket_id: string }, { container }): Promise<StepResponse<SurveyRequestPlan>> => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const settings = await loadSurveySettings(helpdesk)
    if (!settings.enabled) return new StepResponse({ send: false, reason: "disabled" })
    const [ticket] = await helpdesk.listSupportTickets(
      { id: input.ticket_id },
      { select: ["id", "status", "solved_at", "rated_at", "assignee_id", "locale", "merged_into_id"], take: 1 }
    )
    if (!ticket || ticket.status !== "solved" || !ticket.solved_at || ticket.merged_into_id) {
      return new StepResponse({ send: false, reason: "not_solved" })
    }
    const answered = ticket.rated_at || (await helpdesk.listSupportSurveyResponses({ ticket_id: ticket.id }, { select: ["id"], take: 1 })).length
    if (answered) return new StepResponse({ send: false, reason: "answered" })
    const request = surveyRequestFor(helpdesk, ticket as { solved_at: Date; assignee_id: string | null }, settings.scale)
    const system = await helpdesk.listSupportMessages(
      { ticket_id: ticket.id, author_type: "system", created_at: { $gte: ticket.solved_at } },
      { select: ["id", "metadata"], take: 50 }
    )
    if (system.some((m) => surveyRequestOf(m.metadata)?.solved_at === request.solved_at)) {
      return new StepResponse({ send: false, reason: "already_requested" })
    }
    const [question] = questionsFor(settings, settings.scale, surveyLocale(ticket.locale))
    return new StepResponse({
      send: true,
      message: {
        ticket_id: ticket.id,
        author_type: "system",
        author_name: null,
        body: question.text,
        internal: false,
        metadata: { event: SURVEY_REQUESTED_EVENT, survey: request },
      },
    })
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { SurveyAnswer, scoreOf } from "../../../modules/helpdesk/domain/surveys/settings"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { surveyRequestOf } from "../links"
import { openSurvey, SurveyLinkError } from "../open-survey"
import { RecordSurveyResponseInput } from "./record-survey-response"

export const checkSurveyAnswerStepId = "check-support-survey-answer"

/**
 * The answer as it will be stored, checked against the survey the token opens (read again under
 * the ticket lock): 404 for a link that opens nothing, 409 once answered, 400 for an answer off the
 * survey's scale.
 */
export const checkSurveyAnswerStep = createStep(
  checkSurveyAnswerStepId,
  async (input: { token: string; answer: SurveyAnswer; comment?: string | null }, { container }) => {
    let survey
    try {
      survey = await openSurvey(container, input.token)
    } catch (e) {
      if (e instanceof SurveyLinkError) throw new MedusaError(MedusaError.Types.NOT_FOUND, e.message)
      throw e
    }
    if (survey.answered) throw new MedusaError(MedusaError.Types.CONFLICT, "This survey has already been answered")
    const { scale } = survey.payload
    const scored = scoreOf(scale, input.answer)
    if (!scored) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        scale === "yes_no" ? `answer must be "yes" or "no"` : "answer must be a whole number from 1 to 5"
      )
    }
    // The assignee when it was solved, as the survey message recorded it.
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const solvedAt = new Date(survey.payload.occurrence)
    const messages = await helpdesk.listSupportMessages(
      { ticket_id: survey.ticket.id, author_type: "system", created_at: { $gte: solvedAt } },
      { select: ["id", "metadata"], take: 50 }
    )
    const request = messages.map((m) => surveyRequestOf(m.metadata)).find((r) => r?.solved_at === solvedAt.toISOString())
    const out: RecordSurveyResponseInput = {
      ticket_id: survey.ticket.id,
      source: "survey",
      scale,
      answer: scored.answer,
      score: scored.score,
      positive: scored.positive,
      comment: input.comment?.trim() ? input.comment : null,
      locale: survey.locale,
      assignee_id: request ? request.assignee_id : survey.ticket.assignee_id,
      solved_at: solvedAt,
    }
    return new StepResponse(out)
  }
)

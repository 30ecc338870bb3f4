import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import { SurveyScale } from "../../../modules/helpdesk/domain/surveys/settings"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export type RecordSurveyResponseInput = {
  ticket_id: string
  source: "survey" | "rating"
  scale: SurveyScale
  answer: string
  score: number
  positive: boolean
  comment: string | null
  locale: string | null
  assignee_id: string | null
  solved_at: Date | null
}

export const recordSurveyResponseStepId = "record-support-survey-response"

const isUniqueViolation = (e: unknown) =>
  /duplicate key|unique constraint|already exists/i.test(String((e as Error)?.message ?? "")) ||
  (e as { code?: string })?.code === "23505"

/** Stores the ticket's one answer; a second (the unique index on ticket_id) is a 409. */
export const recordSurveyResponseStep = createStep(
  recordSurveyResponseStepId,
  async (input: RecordSurveyResponseInput, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    try {
      const row = await helpdesk.createSupportSurveyResponses(input)
      return new StepResponse(row, row.id)
    } catch (e) {
      if (isUniqueViolation(e)) throw new MedusaError(MedusaError.Types.CONFLICT, "This survey has already been answered")
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).deleteSupportSurveyResponses(id)
  }
)

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerSurveyWorkflow, openSurvey, presentSurvey, SurveyLinkError } from "../../../../../workflows/surveys"
import { StoreAnswerSurveyType } from "../validators"

/** 404 / 410 with a message the survey page can show; anything else goes to Medusa's error handler. */
async function withSurveyErrors(res: MedusaResponse, run: () => Promise<void>) {
  try {
    await run()
  } catch (e) {
    if (e instanceof SurveyLinkError) {
      res.status(e.status).json({ type: e.type, message: e.message })
      return
    }
    // Medusa replaces a 409's message with a generic one: say what the conflict is.
    if ((e as MedusaError)?.type === MedusaError.Types.CONFLICT) {
      res.status(409).json({ type: "conflict", message: "This survey has already been answered" })
      return
    }
    throw e
  }
}

export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  await withSurveyErrors(res, async () => {
    const survey = await openSurvey(req.scope, req.params.token)
    res.json({ survey: await presentSurvey(req.scope, survey) })
  })
}

export const POST = async (req: MedusaRequest<StoreAnswerSurveyType>, res: MedusaResponse) => {
  await withSurveyErrors(res, async () => {
    const { token } = req.params
    const before = await openSurvey(req.scope, token)
    if (before.answered) throw new MedusaError(MedusaError.Types.CONFLICT, "This survey has already been answered")
    await answerSurveyWorkflow(req.scope).run({
      input: { token, ticket_id: before.ticket.id, answer: req.validatedBody.answer, comment: req.validatedBody.comment ?? null },
    })
    res.json({ survey: await presentSurvey(req.scope, await openSurvey(req.scope, token)) })
  })
}

import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { rateLimit } from "../../../utils/rate-limit"
import { requireJsonBody } from "../../../utils/require-json-body"
import { StoreAnswerSurvey, StoreGetSurvey } from "./validators"

const BASE = "/store/support/surveys/:token"

// The token alone opens a survey (no sign-in); every attempt counts against the client's limit,
// forged tokens and bad bodies included.
export const storeSurveyRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [rateLimit("surveyView"), validateAndTransformQuery(StoreGetSurvey, {})] },
  {
    method: ["POST"],
    matcher: BASE,
    middlewares: [requireJsonBody, rateLimit("surveyAnswer"), validateAndTransformBody(StoreAnswerSurvey)],
  },
]

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StoreArticleFeedbackType } from "../../validators"
import { recordVisit } from "../../visit"

/** `{ helpful }` counted once per visitor (a second vote changes nothing); answers the article. */
export const POST = async (req: MedusaRequest<StoreArticleFeedbackType>, res: MedusaResponse) => {
  res.json(await recordVisit(req, { kind: "feedback", helpful: req.validatedBody.helpful }))
}

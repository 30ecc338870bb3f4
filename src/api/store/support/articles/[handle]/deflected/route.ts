import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordVisit } from "../../visit"

/** The shopper read this article from the contact form and left without a ticket: counted once per visitor. */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  res.json(await recordVisit(req, { kind: "deflection" }))
}

import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { uploadAttachmentsWorkflow } from "../../../../workflows"
import { preparedUploads, presentUploads } from "../../../utils/receive-files"
import { customerIdOf } from "../tickets/store-actor"

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const files = preparedUploads(req)
  const customerId = customerIdOf(req)
  const { result } = await uploadAttachmentsWorkflow(req.scope).run({
    input: { files, uploaded_by: customerId ? `customer:${customerId}` : "guest" },
  })
  res.status(201).json(presentUploads(result))
}

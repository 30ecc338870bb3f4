import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { randomBytes } from "crypto"
import { displayFilename, sniffFileType } from "../../../../modules/helpdesk/domain/file-type"
import { uploadAttachmentsWorkflow } from "../../../../workflows"
import { customerIdOf } from "../tickets/store-actor"

export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const files = (req as MedusaRequest & { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send one or more files in the `files` field")
  }
  const prepared = files.map((file) => {
    const type = sniffFileType(file.buffer)
    if (!type) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${displayFilename(file.originalname, "bin")} is not a PNG, JPEG, GIF, WebP or PDF file`
      )
    }
    return {
      storage_name: `support-${randomBytes(16).toString("hex")}.${type.ext}`,
      filename: displayFilename(file.originalname, type.ext),
      mime_type: type.mime,
      size: file.size,
      content_base64: file.buffer.toString("base64"),
    }
  })
  const customerId = customerIdOf(req)
  const { result } = await uploadAttachmentsWorkflow(req.scope).run({
    input: { files: prepared, uploaded_by: customerId ? `customer:${customerId}` : "guest" },
  })
  res.status(201).json({
    files: result.map((a) => ({ id: a.id, filename: a.filename, mime_type: a.mime_type, size: a.size })),
  })
}

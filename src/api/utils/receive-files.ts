import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { displayFilename, sniffFileType, storageName, UPLOAD_LIMITS } from "../../modules/helpdesk/domain/file-type"
import type { UploadAttachmentsWorkflowInput } from "../../workflows/attachments/workflows/upload-attachments"


const parseFiles = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: UPLOAD_LIMITS.fileSize, files: UPLOAD_LIMITS.files, fields: 0 },
  // Browsers send file names as raw UTF-8; multer's default (latin1) garbles every non-ASCII name.
  defParamCharset: "utf8",
}).array("files", UPLOAD_LIMITS.files)

/** multer for the `files` field, with its limit errors answered as 413 / 400 instead of a 500. */
export function receiveFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  parseFiles(req as any, res as any, (err?: unknown) => {
    if (!err) return next()
    if (err instanceof multer.MulterError) {
      const tooLarge = err.code === "LIMIT_FILE_SIZE"
      return res.status(tooLarge ? 413 : 400).json({
        type: "invalid_data",
        message: tooLarge
          ? `Each file may be at most ${UPLOAD_LIMITS.fileSize / 1024 / 1024} MB`
          : err.code === "LIMIT_FILE_COUNT" || err.code === "LIMIT_UNEXPECTED_FILE"
            ? `Send at most ${UPLOAD_LIMITS.files} files in the "files" field`
            : err.message,
      })
    }
    next(err)
  })
}

/**
 * The received files as the upload workflow takes them: type decided by content (anything but
 * PNG, JPEG, GIF, WebP and PDF is refused with 400), a server-generated storage name, a cleaned
 * display name.
 */
export function preparedUploads(req: MedusaRequest): UploadAttachmentsWorkflowInput["files"] {
  const files = (req as MedusaRequest & { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Send one or more files in the `files` field")
  }
  return files.map((file) => {
    const type = sniffFileType(file.buffer)
    if (!type) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${displayFilename(file.originalname, "bin")} is not a PNG, JPEG, GIF, WebP or PDF file`
      )
    }
    return {
      storage_name: storageName(type.ext),
      filename: displayFilename(file.originalname, type.ext),
      mime_type: type.mime,
      size: file.size,
      content_base64: file.buffer.toString("base64"),
    }
  })
}

/** The answer of both upload routes: ids to name in `attachment_ids`, never a file URL. */
export function presentUploads(rows: { id: string; filename: string; mime_type: string; size: number }[]) {
  return { files: rows.map((a) => ({ id: a.id, filename: a.filename, mime_type: a.mime_type, size: a.size })) }
}

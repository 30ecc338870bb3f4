import {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import multer from "multer"
import { rateLimit, rateLimitUploadBytes } from "../../../utils/rate-limit"
import { UPLOAD_LIMITS } from "./limits"

const parseFiles = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: UPLOAD_LIMITS.fileSize, files: UPLOAD_LIMITS.files, fields: 0 },
}).array("files", UPLOAD_LIMITS.files)

/** multer, with its limit errors answered as 413 / 400 instead of a 500. */
function receiveFiles(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
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

export const storeUploadRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/support/uploads",
    bodyParser: false,
    middlewares: [
      rateLimit("upload"),
      rateLimit("guestUploadsStoreWide", "allGuests"),
      receiveFiles,
      rateLimitUploadBytes,
    ],
  },
]

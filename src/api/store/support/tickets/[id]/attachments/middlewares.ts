import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetTicketAttachment } from "./validators"

export const storeTicketAttachmentRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/support/tickets/:id/attachments/:attachment_id",
    middlewares: [validateAndTransformQuery(StoreGetTicketAttachment, {})],
  },
]

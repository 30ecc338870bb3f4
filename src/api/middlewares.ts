import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCannedReplyRoutesMiddlewares } from "./admin/support/canned-replies/middlewares"
import { adminTicketRoutesMiddlewares } from "./admin/support/tickets/middlewares"
import { adminUploadRoutesMiddlewares } from "./admin/support/uploads/middlewares"
import { storeTicketAttachmentRoutesMiddlewares } from "./store/support/tickets/[id]/attachments/middlewares"
import { storeTicketRoutesMiddlewares } from "./store/support/tickets/middlewares"
import { storeUploadRoutesMiddlewares } from "./store/support/uploads/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeTicketRoutesMiddlewares,
    ...storeTicketAttachmentRoutesMiddlewares,
    ...storeUploadRoutesMiddlewares,
    ...adminTicketRoutesMiddlewares,
    ...adminCannedReplyRoutesMiddlewares,
    ...adminUploadRoutesMiddlewares,
  ],
})

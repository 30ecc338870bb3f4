import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCannedReplyRoutesMiddlewares } from "./admin/support/canned-replies/middlewares"
import { adminTicketRoutesMiddlewares } from "./admin/support/tickets/middlewares"
import { storeTicketRoutesMiddlewares } from "./store/support/tickets/middlewares"
import { storeUploadRoutesMiddlewares } from "./store/support/uploads/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeTicketRoutesMiddlewares,
    ...storeUploadRoutesMiddlewares,
    ...adminTicketRoutesMiddlewares,
    ...adminCannedReplyRoutesMiddlewares,
  ],
})

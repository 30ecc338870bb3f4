import { MiddlewareRoute } from "@medusajs/framework/http"

export const inboundEmailHookMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/hooks/support/email",
    // The route reads the body itself: raw MIME or JSON, bounded by `email.maxInboundBytes`.
    bodyParser: false,
    middlewares: [],
  },
]

import "server-only"
import Medusa from "@medusajs/js-sdk"

// Only server code talks to Medusa in this app, so the backend URL needs no NEXT_PUBLIC_ prefix.
// The publishable key keeps the starter's name; like every NEXT_PUBLIC_ variable it is read when
// `next build` runs.
export const sdk = new Medusa({
  baseUrl: process.env.MEDUSA_BACKEND_URL || process.env.NEXT_PUBLIC_MEDUSA_BACKEND_URL || "http://localhost:9000",
  publishableKey: process.env.NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY,
  debug: process.env.NODE_ENV === "development",
})

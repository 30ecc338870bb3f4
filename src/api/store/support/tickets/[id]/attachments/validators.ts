import { z } from "@medusajs/framework/zod"

// No query parameters: a guest's token goes in the x-ticket-token header, never in the URL.
export const StoreGetTicketAttachment = z.object({}).strict()

import { z } from "@medusajs/framework/zod"
import { id, oneOrMany } from "../../../utils/schemas"

/** The tickets of one inbox page (?ticket_id=a&ticket_id=b), at most 20 (oneOrMany's bound). */
export const AdminListCallbackRequests = z.object({ ticket_id: oneOrMany(id) }).strict()
export type AdminListCallbackRequestsType = z.infer<typeof AdminListCallbackRequests>

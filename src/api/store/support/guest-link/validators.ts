import { z } from "@medusajs/framework/zod"
import { email } from "../../../utils/schemas"

export const StoreRequestGuestLink = z.object({ email }).strict()
export type StoreRequestGuestLinkType = z.infer<typeof StoreRequestGuestLink>

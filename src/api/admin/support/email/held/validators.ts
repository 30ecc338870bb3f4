import { z } from "@medusajs/framework/zod"
import { paginationParams } from "../../../../utils/schemas"

export const AdminListHeldMails = z.object({ ...paginationParams }).strict()
export type AdminListHeldMailsType = z.infer<typeof AdminListHeldMails>

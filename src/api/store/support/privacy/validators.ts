import { z } from "@medusajs/framework/zod"

/** Nothing to choose: a shopper's export is always their own account's. */
export const StoreRequestPrivacyExport = z.object({}).strict()

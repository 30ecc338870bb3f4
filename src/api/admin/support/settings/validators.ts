import { z } from "@medusajs/framework/zod"
import { EmailSettingsInputSchema } from "../../../../modules/helpdesk/domain/email/settings"
import { email } from "../../../utils/schemas"
import { OrderActionSettingsInputSchema } from "../../../../modules/helpdesk/domain/order-actions/settings"

/** One key per settings section; later sections (auto-acknowledge, auto-close...) are added beside `email`. */
export const AdminUpdateSupportSettings = z
  .object({ email: EmailSettingsInputSchema.optional(), order_actions: OrderActionSettingsInputSchema.optional() })
  .strict()
export type AdminUpdateSupportSettingsType = z.infer<typeof AdminUpdateSupportSettings>

export const AdminSendTestEmail = z.object({ to: email.optional() }).strict()
export type AdminSendTestEmailType = z.infer<typeof AdminSendTestEmail>

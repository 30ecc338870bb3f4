import { z } from "@medusajs/framework/zod"
import { AutoAcknowledgeSettingsInputSchema } from "../../../../modules/helpdesk/domain/auto-acknowledge"
import { EmailSettingsInputSchema } from "../../../../modules/helpdesk/domain/email/settings"
import { OrderActionSettingsInputSchema } from "../../../../modules/helpdesk/domain/order-actions/settings"
import { PrioritySettingsInputSchema } from "../../../../modules/helpdesk/domain/priority"
import { AutoCloseSettingsInputSchema } from "../../../../modules/helpdesk/domain/auto-close"
import { PrivacySettingsInputSchema } from "../../../../modules/helpdesk/domain/privacy/settings"
import { ProactiveSettingsInputSchema } from "../../../../modules/helpdesk/domain/proactive"
import { SurveySettingsInputSchema } from "../../../../modules/helpdesk/domain/surveys/settings"
import { CannedEffectivenessSettingsInputSchema } from "../../../../modules/helpdesk/domain/canned-effectiveness/settings"
import { email } from "../../../utils/schemas"

/** One key per settings section. */
export const AdminUpdateSupportSettings = z
  .object({
    email: EmailSettingsInputSchema.optional(),
    auto_acknowledge: AutoAcknowledgeSettingsInputSchema.optional(),
    order_actions: OrderActionSettingsInputSchema.optional(),
    priority: PrioritySettingsInputSchema.optional(),
    auto_close: AutoCloseSettingsInputSchema.optional(),
    privacy: PrivacySettingsInputSchema.optional(),
    survey: SurveySettingsInputSchema.optional(),
    canned_effectiveness: CannedEffectivenessSettingsInputSchema.optional(),
    proactive: ProactiveSettingsInputSchema.optional(),
  })
  .strict()
export type AdminUpdateSupportSettingsType = z.infer<typeof AdminUpdateSupportSettings>

export const AdminSendTestEmail = z.object({ to: email.optional() }).strict()
export type AdminSendTestEmailType = z.infer<typeof AdminSendTestEmail>

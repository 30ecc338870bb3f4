import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SmtpNotificationService } from "./service"

/** The plugin's SMTP email provider (nodemailer); see docs/email.md "Sending mail". */
export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SmtpNotificationService],
})

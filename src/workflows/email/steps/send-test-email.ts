import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { renderMail } from "../../../modules/helpdesk/domain/email/templates"
import { mailContext, senderOf } from "../compose"

export const sendTestEmailStepId = "send-support-test-email"

export type TestEmailOutcome = { to: string; status: "sent" | "failed"; error?: string }

/** A test mail through the configured email provider; the outcome is returned, not thrown. */
export const sendTestEmailStep = createStep(sendTestEmailStepId, async (input: { to: string }, { container }): Promise<StepResponse<TestEmailOutcome>> => {
  const ctx = await mailContext(container)
  if (!ctx) return new StepResponse({ to: input.to, status: "failed", error: "Email is not enabled (plugin option email.enabled)" })
  const mail = renderMail({ kind: "test", store: ctx.store, quote: true }, ctx.options.templates)
  try {
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: input.to,
      from: senderOf(ctx),
      channel: "email",
      template: "helpdesk.test",
      content: mail,
      data: { kind: "test", subject: mail.subject, headers: {} },
    })
    return new StepResponse({ to: input.to, status: "sent" })
  } catch (e) {
    return new StepResponse({ to: input.to, status: "failed", error: e instanceof Error ? e.message : String(e) })
  }
})

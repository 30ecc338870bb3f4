import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../../modules/helpdesk/service"
import { loadEmailSettings, senderOf } from "../../../../workflows/email/compose"
import { inboundSecrets } from "../../../../workflows/email/inbound-secret"
import { storeName } from "../../../utils/store-name"
import { loadAutoAcknowledgeSettings } from "../../../../workflows/auto-acknowledge/settings"
import { loadOrderActionSettings } from "../../../../workflows/order-actions/settings"
import { loadPrioritySettings } from "../../../../workflows/priority/settings"
import { loadAutoCloseSettings } from "../../../../workflows/auto-close/settings"
import { loadPrivacySettings } from "../../../../workflows/privacy/settings"
import { loadSurveySettings } from "../../../../workflows/surveys/settings"
import { loadProactiveSettings } from "../../../../workflows/proactive/settings"
import { DEFAULT_PROACTIVE_TEXTS } from "../../../../modules/helpdesk/domain/proactive"
import { DEFAULT_SURVEY_QUESTIONS } from "../../../../modules/helpdesk/domain/surveys/settings"
import { loadCannedEffectivenessSettings } from "../../../../workflows/canned-effectiveness/settings"

/**
 * Settings -> Support as agents see it: the stored sections, plus (read-only) what the plugin
 * options decide: the sender, the inbound address and whether the webhook has a secret. The secret
 * itself is never returned.
 */
export async function presentSupportSettings(scope: Pick<MedusaContainer, "resolve">) {
  const helpdesk = scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const email = helpdesk.getOptions().email
  const store = (await storeName(scope)) ?? "Support"
  const secrets = await inboundSecrets(helpdesk)
  return {
    email: {
      ...(await loadEmailSettings(helpdesk)),
      enabled: email.enabled,
      from: senderOf({ options: email, store }),
      inbound_address: `${email.replyLocalPart}@${email.inboundDomain}`,
      webhook_path: "/hooks/support/email",
      // Whether the webhook has a secret: from the plugin options, generated here, or both.
      inbound_secret_set: secrets.digests.length > 0,
      inbound_secret_from_options: secrets.option,
      inbound_secret_generated_at: secrets.generated_at,
    },
    auto_acknowledge: await loadAutoAcknowledgeSettings(helpdesk),
    order_actions: await loadOrderActionSettings(scope),
    priority: await loadPrioritySettings(scope),
    auto_close: await loadAutoCloseSettings(scope),
    privacy: await loadPrivacySettings(scope),
    // `questions`: the merchant's own texts; `default_questions`: what shoppers see without them.
    survey: { ...(await loadSurveySettings(helpdesk)), default_questions: DEFAULT_SURVEY_QUESTIONS },
    canned_effectiveness: await loadCannedEffectivenessSettings(scope),
    // Per kind the texts in use (`custom` says which are the merchant's); `default_texts`: without them.
    proactive: { ...(await loadProactiveSettings(helpdesk)), default_texts: DEFAULT_PROACTIVE_TEXTS },
  }
}

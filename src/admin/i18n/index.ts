// The admin's translations, found by Medusa's admin build (src/admin/i18n/index.ts) and merged
// into the dashboard's own i18next resources, namespace "translation". Every key sits under
// `helpdesk.` so it cannot override a dashboard key (t("helpdesk.inbox.title")). The dashboard
// offers a language only when it has its own translation for it; ko and el are among them.
import { automationEl } from "./automation.el"
import { automationEn } from "./automation.en"
import { automationKo } from "./automation.ko"
import { el } from "./el"
import { en } from "./en"
import { ko } from "./ko"
import { rulesEl } from "./rules.el"
import { rulesEn } from "./rules.en"
import { rulesKo } from "./rules.ko"
import { slaEl } from "./sla.el"
import { slaEn } from "./sla.en"
import { slaKo } from "./sla.ko"
import { lineItemsEl } from "./line-items.el"
import { lineItemsEn } from "./line-items.en"
import { lineItemsKo } from "./line-items.ko"
import { surveyEl } from "./survey.el"
import { surveyEn } from "./survey.en"
import { surveyKo } from "./survey.ko"
import { effectivenessEl } from "./effectiveness.el"
import { effectivenessEn } from "./effectiveness.en"
import { effectivenessKo } from "./effectiveness.ko"
import { proactiveEl } from "./proactive.el"
import { proactiveEn } from "./proactive.en"
import { proactiveKo } from "./proactive.ko"
import { reportsEl } from "./reports.el"
import { reportsEn } from "./reports.en"
import { reportsKo } from "./reports.ko"
import { privacyEl } from "./privacy.el"
import { privacyEn } from "./privacy.en"
import { privacyKo } from "./privacy.ko"

export type Messages = { [key: string]: string | Messages }

const resources: Record<string, { translation: { helpdesk: Messages } }> = {
  en: { translation: { helpdesk: { ...en, sla: slaEn, rules: rulesEn, automation: automationEn, lineItems: lineItemsEn, survey: surveyEn, effectiveness: effectivenessEn, proactive: proactiveEn, reports: reportsEn, privacy: privacyEn } } },
  ko: { translation: { helpdesk: { ...ko, sla: slaKo, rules: rulesKo, automation: automationKo, lineItems: lineItemsKo, survey: surveyKo, effectiveness: effectivenessKo, proactive: proactiveKo, reports: reportsKo, privacy: privacyKo } } },
  el: { translation: { helpdesk: { ...el, sla: slaEl, rules: rulesEl, automation: automationEl, lineItems: lineItemsEl, survey: surveyEl, effectiveness: effectivenessEl, proactive: proactiveEl, reports: reportsEl, privacy: privacyEl } } },
}

export default resources

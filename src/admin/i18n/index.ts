// The admin's translations, found by Medusa's admin build (src/admin/i18n/index.ts) and merged
// into the dashboard's own i18next resources, namespace "translation". Every key sits under
// `helpdesk.` so it cannot override a dashboard key (t("helpdesk.inbox.title")). The dashboard
// offers a language only when it has its own translation for it; ko and el are among them.
import { el } from "./el"
import { en } from "./en"
import { ko } from "./ko"
import { slaEl } from "./sla.el"
import { slaEn } from "./sla.en"
import { slaKo } from "./sla.ko"
import { surveyEl } from "./survey.el"
import { surveyEn } from "./survey.en"
import { surveyKo } from "./survey.ko"

export type Messages = { [key: string]: string | Messages }

const resources: Record<string, { translation: { helpdesk: Messages } }> = {
  en: { translation: { helpdesk: { ...en, sla: slaEn, survey: surveyEn } } },
  ko: { translation: { helpdesk: { ...ko, sla: slaKo, survey: surveyKo } } },
  el: { translation: { helpdesk: { ...el, sla: slaEl, survey: surveyEl } } },
}

export default resources

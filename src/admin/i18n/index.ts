// The admin's translations, found by Medusa's admin build (src/admin/i18n/index.ts) and merged
// into the dashboard's own i18next resources, namespace "translation". Every key sits under
// `helpdesk.` so it cannot override a dashboard key (t("helpdesk.inbox.title")). The dashboard
// offers a language only when it has its own translation for it; ko and el are among them.
import { el } from "./el"
import { en } from "./en"
import { ko } from "./ko"

export type Messages = { [key: string]: string | Messages }

const resources: Record<string, { translation: { helpdesk: Messages } }> = {
  en: { translation: { helpdesk: en } },
  ko: { translation: { helpdesk: ko } },
  el: { translation: { helpdesk: el } },
}

export default resources

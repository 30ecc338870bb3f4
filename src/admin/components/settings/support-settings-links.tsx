import { Button } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"

/** The pages under Settings -> Support, linked from its main page (the canned replies). */
const SECTIONS = [
  { to: "/settings/support/email", label: "helpdesk.email.settingsLink" },
  { to: "/settings/support/knowledge-base", label: "helpdesk.kb.open" },
  { to: "/settings/support/business-hours", label: "helpdesk.sla.hours.title" },
  { to: "/settings/support/sla-policies", label: "helpdesk.sla.policies.title" },
  { to: "/settings/support/auto-acknowledge", label: "helpdesk.sla.autoAckLink" },
  { to: "/settings/support/rules", label: "helpdesk.rules.title" },
  { to: "/settings/support/priority", label: "helpdesk.automation.priorityLink" },
  { to: "/settings/support/auto-close", label: "helpdesk.automation.autoCloseLink" },
  { to: "/settings/support/surveys", label: "helpdesk.survey.settingsLink" },
  { to: "/settings/support/canned-effectiveness", label: "helpdesk.effectiveness.settingsLink" },
  { to: "/settings/support/proactive", label: "helpdesk.proactive.settingsLink" },
  { to: "/settings/support/order-actions", label: "helpdesk.orderActions.title" },
] as const

export const SupportSettingsLinks = () => {
  const { t } = useTranslation()
  return (
    <nav aria-label={t("helpdesk.nav.support")} className="flex flex-wrap items-center gap-2 px-6 py-3" data-testid="helpdesk-settings-links">
      {SECTIONS.map((s) => (
        <Button key={s.to} size="small" variant="transparent" asChild>
          <Link to={s.to}>{t(s.label)}</Link>
        </Button>
      ))}
    </nav>
  )
}

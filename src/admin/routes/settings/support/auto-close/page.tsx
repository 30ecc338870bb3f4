import { Button, Container, Heading, Input, Label, Switch, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useAutoCloseSettings, useUpdateAutoCloseSettings } from "../../../../hooks/automation"
import { AutoCloseSettings } from "../../../../lib/automation-types"

const DAY_FIELDS = ["solved_close_days", "pending_reminder_days", "pending_solve_days"] as const
type DayField = (typeof DAY_FIELDS)[number]
const LABELS: Record<DayField, string> = {
  solved_close_days: "helpdesk.automation.autoClose.solvedCloseDays",
  pending_reminder_days: "helpdesk.automation.autoClose.pendingReminderDays",
  pending_solve_days: "helpdesk.automation.autoClose.pendingSolveDays",
}
const isDays = (v: string) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 365

/** Settings → Support → Auto-close: on/off, when solved tickets close, when pending ones are reminded and solved. */
const AutoCloseSettingsPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useAutoCloseSettings()
  const update = useUpdateAutoCloseSettings()
  const [days, setDays] = useState<Record<DayField, string> | null>(null)
  useEffect(() => {
    if (data) setDays(Object.fromEntries(DAY_FIELDS.map((f) => [f, String(data[f])])) as Record<DayField, string>)
  }, [data])

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data || !days) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>

  const valid = DAY_FIELDS.every((f) => isDays(days[f]))
  const saveWith = async (body: Partial<AutoCloseSettings>) => {
    try {
      await update.mutateAsync(body)
      toast.success(t("helpdesk.sla.saved"))
    } catch (err) {
      toast.error(t("helpdesk.sla.saveFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-auto-close-settings">
      <div className="px-6 py-4">
        <Heading>{t("helpdesk.automation.autoClose.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.automation.autoClose.subtitle")}</Text>
      </div>
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Switch id="helpdesk-auto-close-enabled" checked={data.enabled} onCheckedChange={(enabled) => saveWith({ enabled })} />
        <Label size="small" htmlFor="helpdesk-auto-close-enabled">{t("helpdesk.automation.autoClose.enabled")}</Label>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        {DAY_FIELDS.map((field) => (
          <div key={field} className="flex max-w-md flex-col gap-y-1">
            <Label size="small" htmlFor={`helpdesk-${field}`}>{t(LABELS[field])}</Label>
            <Input
              id={`helpdesk-${field}`}
              type="number"
              min={1}
              max={365}
              step={1}
              size="small"
              value={days[field]}
              aria-invalid={!isDays(days[field])}
              onChange={(e) => setDays({ ...days, [field]: e.target.value })}
            />
          </div>
        ))}
        {!valid && <Text size="xsmall" className="text-ui-fg-error">{t("helpdesk.automation.autoClose.invalid")}</Text>}
      </div>
      <div className="flex justify-end px-6 py-4">
        <Button
          size="small"
          disabled={!valid}
          isLoading={update.isPending}
          onClick={() => saveWith(Object.fromEntries(DAY_FIELDS.map((f) => [f, Number(days[f])])) as Partial<AutoCloseSettings>)}
        >
          {t("helpdesk.sla.save")}
        </Button>
      </div>
    </Container>
  )
}

export default AutoCloseSettingsPage

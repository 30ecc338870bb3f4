import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { usePrioritySettings, useUpdatePrioritySettings } from "../../../../hooks/automation"

/** Settings → Support → Priority: the rare-writer weight (0 = off) and the window its tickets are counted in. */
const PrioritySettingsPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = usePrioritySettings()
  const update = useUpdatePrioritySettings()
  const [weight, setWeight] = useState("")
  const [windowDays, setWindowDays] = useState("")
  useEffect(() => {
    if (!data) return
    setWeight(String(data.rare_writer_weight))
    setWindowDays(String(data.window_days))
  }, [data])

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>

  const w = Number(weight)
  const d = Number(windowDays)
  const valid = weight.trim() !== "" && Number.isFinite(w) && w >= 0 && w <= 10 && Number.isInteger(d) && d >= 1 && d <= 365
  const save = async () => {
    try {
      await update.mutateAsync({ rare_writer_weight: w, window_days: d })
      toast.success(t("helpdesk.sla.saved"))
    } catch (err) {
      toast.error(t("helpdesk.sla.saveFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-priority-settings">
      <div className="px-6 py-4">
        <Heading>{t("helpdesk.automation.priority.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.automation.priority.subtitle")}</Text>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex max-w-md flex-col gap-y-1">
          <Label size="small" htmlFor="helpdesk-rare-writer-weight">{t("helpdesk.automation.priority.weight")}</Label>
          <Input id="helpdesk-rare-writer-weight" type="number" min={0} max={10} step={0.5} size="small" value={weight} onChange={(e) => setWeight(e.target.value)} />
          <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.automation.priority.weightHint")}</Text>
        </div>
        <div className="flex max-w-md flex-col gap-y-1">
          <Label size="small" htmlFor="helpdesk-priority-window">{t("helpdesk.automation.priority.window")}</Label>
          <Input id="helpdesk-priority-window" type="number" min={1} max={365} step={1} size="small" value={windowDays} onChange={(e) => setWindowDays(e.target.value)} />
        </div>
      </div>
      <div className="flex justify-end px-6 py-4">
        <Button size="small" onClick={save} disabled={!valid} isLoading={update.isPending}>{t("helpdesk.sla.save")}</Button>
      </div>
    </Container>
  )
}

export default PrioritySettingsPage

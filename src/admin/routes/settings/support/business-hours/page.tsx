import { Button, Container, Heading, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useBusinessHours, useDeleteBusinessHours, useSaveBusinessHours } from "../../../../hooks/sla"
import { BusinessHours, BusinessInterval } from "../../../../lib/sla-types"

// Monday first, as a week is read in most shops; stored days are 0 = Sunday.
const WEEK = [1, 2, 3, 4, 5, 6, 0]
const ZONES: string[] = (() => {
  try {
    return (Intl as any).supportedValuesOf("timeZone") as string[]
  } catch {
    return ["UTC", "Asia/Seoul", "Europe/Athens", "America/New_York"]
  }
})()

type Draft = { id?: string; name: string; timezone: string; intervals: BusinessInterval[]; holidays: string[] }
const blank = (): Draft => ({
  name: "",
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
  intervals: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" })),
  holidays: [],
})

const Editor = ({ draft, onDone }: { draft: Draft; onDone: () => void }) => {
  const { t } = useTranslation()
  const [d, setD] = useState<Draft>(draft)
  const [holiday, setHoliday] = useState("")
  const save = useSaveBusinessHours()
  const setInterval = (i: number, patch: Partial<BusinessInterval>) =>
    setD((x) => ({ ...x, intervals: x.intervals.map((iv, j) => (j === i ? { ...iv, ...patch } : iv)) }))
  const submit = async () => {
    try {
      await save.mutateAsync(d)
      toast.success(t("helpdesk.sla.saved"))
      onDone()
    } catch (err) {
      toast.error(t("helpdesk.sla.saveFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4" data-testid="helpdesk-business-hours-editor">
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-y-1">
          <Label size="small">{t("helpdesk.sla.hours.name")}</Label>
          <Input size="small" value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small">{t("helpdesk.sla.hours.timezone")}</Label>
          <Input size="small" list="helpdesk-time-zones" value={d.timezone} onChange={(e) => setD({ ...d, timezone: e.target.value })} />
          <datalist id="helpdesk-time-zones">
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </div>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">{t("helpdesk.sla.hours.schedule")}</Label>
        {WEEK.map((day) => {
          const rows = d.intervals.map((iv, i) => ({ iv, i })).filter(({ iv }) => iv.day === day)
          return (
            <div key={day} className="grid grid-cols-[120px_1fr] items-start gap-x-4">
              <Text size="small" className="pt-1">{t(`helpdesk.sla.days.d${day}`)}</Text>
              <div className="flex flex-wrap items-center gap-2">
                {!rows.length && <Text size="small" className="text-ui-fg-muted">{t("helpdesk.sla.hours.closed")}</Text>}
                {rows.map(({ iv, i }) => (
                  <div key={i} className="flex items-center gap-x-1">
                    <Input size="small" type="time" className="w-28" value={iv.start} onChange={(e) => setInterval(i, { start: e.target.value })} />
                    <span>–</span>
                    <Input size="small" className="w-20" value={iv.end} onChange={(e) => setInterval(i, { end: e.target.value })} placeholder="18:00" />
                    <Button size="small" variant="transparent" onClick={() => setD({ ...d, intervals: d.intervals.filter((_, j) => j !== i) })}>×</Button>
                  </div>
                ))}
                <Button size="small" variant="transparent" onClick={() => setD({ ...d, intervals: [...d.intervals, { day, start: "09:00", end: "18:00" }] })}>
                  {t("helpdesk.sla.hours.addInterval")}
                </Button>
              </div>
            </div>
          )
        })}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">{t("helpdesk.sla.hours.holidays")}</Label>
        <div className="flex flex-wrap items-center gap-2">
          {!d.holidays.length && <Text size="small" className="text-ui-fg-muted">{t("helpdesk.sla.hours.noHolidays")}</Text>}
          {d.holidays.map((h) => (
            <Button key={h} size="small" variant="secondary" onClick={() => setD({ ...d, holidays: d.holidays.filter((x) => x !== h) })}>
              {h} ×
            </Button>
          ))}
          <Input size="small" type="date" className="w-40" value={holiday} onChange={(e) => setHoliday(e.target.value)} />
          <Button
            size="small"
            variant="transparent"
            disabled={!holiday}
            onClick={() => {
              setD({ ...d, holidays: [...new Set([...d.holidays, holiday])].sort() })
              setHoliday("")
            }}
          >
            {t("helpdesk.sla.hours.addHoliday")}
          </Button>
        </div>
      </div>
      <div className="flex justify-end gap-x-2">
        <Button size="small" variant="secondary" onClick={onDone}>{t("helpdesk.sla.cancel")}</Button>
        <Button size="small" onClick={submit} isLoading={save.isPending}>{t("helpdesk.sla.save")}</Button>
      </div>
    </div>
  )
}

/** Settings → Support → Business hours: weekly schedules (several intervals a day), time zone, holidays. */
const BusinessHoursPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useBusinessHours()
  const remove = useDeleteBusinessHours()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<Draft | null>(null)
  const del = async (bh: BusinessHours) => {
    if (!(await prompt({ title: t("helpdesk.sla.delete"), description: t("helpdesk.sla.confirmDelete", { name: bh.name }), confirmText: t("helpdesk.sla.delete"), cancelText: t("helpdesk.sla.cancel") }))) return
    try {
      await remove.mutateAsync(bh.id)
    } catch (err) {
      toast.error(t("helpdesk.sla.deleteFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-business-hours">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("helpdesk.sla.hours.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.sla.hours.subtitle")}</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setEditing(blank())}>{t("helpdesk.sla.hours.create")}</Button>
      </div>
      {editing && <Editor key={editing.id ?? "new"} draft={editing} onDone={() => setEditing(null)} />}
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : isLoading ? null : !data?.business_hours.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">{t("helpdesk.sla.hours.empty")}</Text>
      ) : (
        data.business_hours.map((bh) => (
          <div key={bh.id} className="flex items-center justify-between px-6 py-3">
            <div>
              <Text size="small" weight="plus">{bh.name}</Text>
              <Text size="small" className="text-ui-fg-subtle">
                {bh.timezone} · {WEEK.filter((day) => bh.intervals.some((i) => i.day === day)).map((day) => t(`helpdesk.sla.days.d${day}`)).join(", ")}
              </Text>
            </div>
            <div className="flex gap-x-2">
              <Button size="small" variant="transparent" onClick={() => setEditing({ id: bh.id, name: bh.name, timezone: bh.timezone, intervals: bh.intervals, holidays: bh.holidays })}>
                {t("helpdesk.sla.edit")}
              </Button>
              <Button size="small" variant="transparent" onClick={() => del(bh)}>{t("helpdesk.sla.delete")}</Button>
            </div>
          </div>
        ))
      )}
    </Container>
  )
}

export default BusinessHoursPage

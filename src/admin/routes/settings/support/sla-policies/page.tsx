import { Button, Container, Heading, Input, Label, Select, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useBusinessHours, useDeleteSlaPolicy, useSaveSlaPolicy, useSlaPolicies } from "../../../../hooks/sla"
import { SlaPolicy } from "../../../../lib/sla-types"
import { TICKET_CHANNELS, TICKET_PRIORITIES } from "../../../../lib/values"

const ANY = "__any__"
type Draft = Partial<SlaPolicy> & { name: string; first_response_minutes: number; resolution_minutes: number }
const blank = (): Draft => ({ name: "", first_response_minutes: 240, resolution_minutes: 1440, position: 0, enabled: true, priority: null, channel: null, business_hours_id: null, customer_group_id: null })

const Choice = ({ label, value, options, anyLabel, onChange }: { label: string; value: string | null | undefined; options: { value: string; label: string }[]; anyLabel: string; onChange: (v: string | null) => void }) => (
  <div className="flex flex-col gap-y-1">
    <Label size="small">{label}</Label>
    <Select size="small" value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? null : v)}>
      <Select.Trigger>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ANY}>{anyLabel}</Select.Item>
        {options.map((o) => (
          <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>
        ))}
      </Select.Content>
    </Select>
  </div>
)

/** Settings → Support → SLA policies: targets per priority, channel or customer group, in business hours. */
const SlaPoliciesPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useSlaPolicies()
  const hours = useBusinessHours()
  const save = useSaveSlaPolicy()
  const remove = useDeleteSlaPolicy()
  const prompt = usePrompt()
  const [d, setD] = useState<Draft | null>(null)
  const hoursName = (id: string | null) => (id ? hours.data?.business_hours.find((h) => h.id === id)?.name ?? id : t("helpdesk.sla.policies.aroundTheClock"))
  const submit = async () => {
    if (!d) return
    try {
      const { id, name, priority, channel, customer_group_id, first_response_minutes, resolution_minutes, business_hours_id, position, enabled } = d
      await save.mutateAsync({ id, name, priority, channel, customer_group_id: customer_group_id || null, first_response_minutes, resolution_minutes, business_hours_id, position, enabled })
      toast.success(t("helpdesk.sla.saved"))
      setD(null)
    } catch (err) {
      toast.error(t("helpdesk.sla.saveFailed"), { description: errorMessage(err) })
    }
  }
  const del = async (p: SlaPolicy) => {
    if (!(await prompt({ title: t("helpdesk.sla.delete"), description: t("helpdesk.sla.confirmDelete", { name: p.name }), confirmText: t("helpdesk.sla.delete"), cancelText: t("helpdesk.sla.cancel") }))) return
    try {
      await remove.mutateAsync(p.id)
    } catch (err) {
      toast.error(t("helpdesk.sla.deleteFailed"), { description: errorMessage(err) })
    }
  }
  return (
    <Container className="divide-y p-0" data-testid="helpdesk-sla-policies">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("helpdesk.sla.policies.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.sla.policies.subtitle")}</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setD(blank())}>{t("helpdesk.sla.policies.create")}</Button>
      </div>
      {d && (
        <div className="grid grid-cols-2 gap-4 px-6 py-4">
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("helpdesk.sla.policies.name")}</Label>
            <Input size="small" value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} />
          </div>
          <Choice label={t("helpdesk.sla.policies.businessHours")} value={d.business_hours_id} anyLabel={t("helpdesk.sla.policies.aroundTheClock")} options={(hours.data?.business_hours ?? []).map((h) => ({ value: h.id, label: h.name }))} onChange={(v) => setD({ ...d, business_hours_id: v })} />
          <Choice label={t("helpdesk.sla.policies.priority")} value={d.priority} anyLabel={t("helpdesk.sla.policies.any")} options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`helpdesk.priority.${p}`) }))} onChange={(v) => setD({ ...d, priority: v })} />
          <Choice label={t("helpdesk.sla.policies.channel")} value={d.channel} anyLabel={t("helpdesk.sla.policies.any")} options={TICKET_CHANNELS.map((c) => ({ value: c, label: t(`helpdesk.channel.${c}`) }))} onChange={(v) => setD({ ...d, channel: v })} />
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("helpdesk.sla.policies.firstResponse")}</Label>
            <Input size="small" type="number" min={1} value={d.first_response_minutes} onChange={(e) => setD({ ...d, first_response_minutes: Number(e.target.value) })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("helpdesk.sla.policies.resolution")}</Label>
            <Input size="small" type="number" min={1} value={d.resolution_minutes} onChange={(e) => setD({ ...d, resolution_minutes: Number(e.target.value) })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("helpdesk.sla.policies.customerGroup")}</Label>
            <Input size="small" value={d.customer_group_id ?? ""} onChange={(e) => setD({ ...d, customer_group_id: e.target.value })} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("helpdesk.sla.policies.position")}</Label>
            <Input size="small" type="number" min={0} value={d.position ?? 0} onChange={(e) => setD({ ...d, position: Number(e.target.value) })} />
          </div>
          <div className="flex items-center gap-x-2">
            <Switch checked={d.enabled !== false} onCheckedChange={(v) => setD({ ...d, enabled: v })} />
            <Label size="small">{t("helpdesk.sla.policies.enabled")}</Label>
          </div>
          <div className="flex justify-end gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setD(null)}>{t("helpdesk.sla.cancel")}</Button>
            <Button size="small" onClick={submit} isLoading={save.isPending}>{t("helpdesk.sla.save")}</Button>
          </div>
        </div>
      )}
      {isError ? (
        <ErrorState onRetry={() => refetch()} />
      ) : isLoading ? null : !data?.sla_policies.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">{t("helpdesk.sla.policies.empty")}</Text>
      ) : (
        data.sla_policies.map((p) => (
          <div key={p.id} className="flex items-center justify-between px-6 py-3">
            <div>
              <Text size="small" weight="plus" className={p.enabled ? "" : "text-ui-fg-muted"}>
                {p.position}. {p.name}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {[p.priority ? t(`helpdesk.priority.${p.priority}`) : t("helpdesk.sla.policies.any"), p.channel ? t(`helpdesk.channel.${p.channel}`) : null, hoursName(p.business_hours_id), t("helpdesk.sla.policies.targets", { first: p.first_response_minutes, resolution: p.resolution_minutes })]
                  .filter(Boolean)
                  .join(" · ")}
              </Text>
            </div>
            <div className="flex gap-x-2">
              <Button size="small" variant="transparent" onClick={() => setD({ ...p })}>{t("helpdesk.sla.edit")}</Button>
              <Button size="small" variant="transparent" onClick={() => del(p)}>{t("helpdesk.sla.delete")}</Button>
            </div>
          </div>
        ))
      )}
    </Container>
  )
}

export default SlaPoliciesPage

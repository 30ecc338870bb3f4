import { Button, Container, Heading, IconButton, Input, Label, Text, toast } from "@medusajs/ui"
import { Trash } from "@medusajs/icons"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { useOrderActionSettings, useUpdateOrderActionSettings } from "../../../../hooks/order-actions"

type Row = { currency: string; limit: string }

const isAmount = (v: string) => v.trim() !== "" && Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= 1e12
const isCurrency = (v: string) => /^[a-z]{3}$/.test(v.trim().toLowerCase())

/**
 * Settings → Support → Order actions: the refund approval limits. A refund strictly above the
 * limit (the currency's own first, else the general one) waits for a second agent; empty = no limit.
 */
const OrderActionSettingsPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useOrderActionSettings()
  const update = useUpdateOrderActionSettings()
  const [general, setGeneral] = useState("")
  const [rows, setRows] = useState<Row[]>([])
  useEffect(() => {
    if (!data) return
    setGeneral(data.refund_approval_limit === null ? "" : String(data.refund_approval_limit))
    setRows(Object.entries(data.refund_approval_limits).map(([currency, limit]) => ({ currency, limit: String(limit) })))
  }, [data])

  if (isError) return <Container><ErrorState onRetry={() => refetch()} /></Container>
  if (isLoading || !data) return <Container><Text size="small">{t("helpdesk.states.loading")}</Text></Container>

  const codes = rows.map((r) => r.currency.trim().toLowerCase())
  const rowsValid = rows.every((r) => isCurrency(r.currency) && isAmount(r.limit)) && new Set(codes).size === codes.length
  const valid = (general.trim() === "" || isAmount(general)) && rowsValid
  const save = async () => {
    try {
      await update.mutateAsync({
        refund_approval_limit: general.trim() === "" ? null : Number(general),
        refund_approval_limits: Object.fromEntries(rows.map((r) => [r.currency.trim().toLowerCase(), Number(r.limit)])),
      })
      toast.success(t("helpdesk.sla.saved"))
    } catch (err) {
      toast.error(t("helpdesk.sla.saveFailed"), { description: errorMessage(err) })
    }
  }
  const setRow = (index: number, change: Partial<Row>) => setRows(rows.map((r, i) => (i === index ? { ...r, ...change } : r)))

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-order-action-settings">
      <div className="px-6 py-4">
        <Heading>{t("helpdesk.orderActions.settings.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.orderActions.settings.subtitle")}</Text>
      </div>
      <div className="flex max-w-md flex-col gap-y-1 px-6 py-4">
        <Label size="small" htmlFor="helpdesk-refund-approval-limit">{t("helpdesk.orderActions.settings.general")}</Label>
        <Input id="helpdesk-refund-approval-limit" type="number" min={0} step="0.01" size="small" value={general}
          placeholder={t("helpdesk.orderActions.settings.noLimit")} aria-invalid={general.trim() !== "" && !isAmount(general)}
          onChange={(e) => setGeneral(e.target.value)} />
        <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.orderActions.settings.generalHint")}</Text>
      </div>
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Label size="small">{t("helpdesk.orderActions.settings.perCurrency")}</Label>
        {rows.map((row, index) => (
          <div key={index} className="flex max-w-md items-center gap-x-2" data-testid="helpdesk-currency-limit">
            <Input className="w-24" size="small" maxLength={3} value={row.currency} aria-label={t("helpdesk.orderActions.settings.currency")}
              placeholder="eur" aria-invalid={!isCurrency(row.currency)} onChange={(e) => setRow(index, { currency: e.target.value })} />
            <Input type="number" min={0} step="0.01" size="small" value={row.limit} aria-label={t("helpdesk.orderActions.settings.limit")}
              aria-invalid={!isAmount(row.limit)} onChange={(e) => setRow(index, { limit: e.target.value })} />
            <IconButton size="small" variant="transparent" aria-label={t("helpdesk.orderActions.settings.remove")}
              onClick={() => setRows(rows.filter((_, i) => i !== index))}>
              <Trash />
            </IconButton>
          </div>
        ))}
        <div>
          <Button size="small" variant="secondary" onClick={() => setRows([...rows, { currency: "", limit: "" }])}>
            {t("helpdesk.orderActions.settings.add")}
          </Button>
        </div>
        {!valid && <Text size="xsmall" className="text-ui-fg-error">{t("helpdesk.orderActions.settings.invalid")}</Text>}
      </div>
      <div className="flex justify-end px-6 py-4">
        <Button size="small" disabled={!valid} isLoading={update.isPending} onClick={save}>{t("helpdesk.sla.save")}</Button>
      </div>
    </Container>
  )
}

export default OrderActionSettingsPage

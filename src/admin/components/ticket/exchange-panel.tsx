import { Button, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { searchVariants, VariantOption } from "../../hooks/order-actions"
import { OrderActionsView } from "../../lib/types"

type Order = NonNullable<OrderActionsView["order"]>
export type ExchangeBody = {
  return_items: { id: string; quantity: number }[]
  new_items: { variant_id: string; quantity: number }[]
  reason_id?: string
  note?: string
}

const variantLabel = (v: VariantOption) => [v.product?.title, v.title, v.sku ? `(${v.sku})` : null].filter(Boolean).join(" ")

/**
 * The exchange form of the order actions: items coming back (up to what is returnable), variants
 * sent in their place (searched in Medusa's catalogue), a reason and a note. Submitting hands the
 * body to the section, which asks for confirmation before it runs.
 */
export const ExchangePanel = ({ order, reasons, busy, onSubmit }: {
  order: Order
  reasons: OrderActionsView["return_reasons"]
  busy: boolean
  onSubmit: (body: ExchangeBody) => void
}) => {
  const { t } = useTranslation()
  const [back, setBack] = useState<Record<string, number>>({})
  const [sent, setSent] = useState<{ variant: VariantOption; quantity: number }[]>([])
  const [q, setQ] = useState("")
  const [found, setFound] = useState<VariantOption[]>([])
  const [reason, setReason] = useState("")
  const [note, setNote] = useState("")

  useEffect(() => {
    if (q.trim().length < 2) {
      setFound([])
      return
    }
    let live = true
    const timer = setTimeout(() => searchVariants(q.trim()).then((v) => live && setFound(v)).catch(() => live && setFound([])), 250)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [q])

  const returnItems = Object.entries(back).filter(([, n]) => n > 0).map(([id, quantity]) => ({ id, quantity }))
  const newItems = sent.filter((s) => s.quantity > 0).map((s) => ({ variant_id: s.variant.id, quantity: s.quantity }))

  return (
    <div className="flex flex-col gap-y-2" data-testid="helpdesk-exchange-form">
      <Label size="small">{t("helpdesk.orderActions.exchangeBack")}</Label>
      {order.items.map((i) => (
        <div key={i.id} className="flex items-center justify-between gap-2">
          <Text size="small">{i.title}{i.variant_title ? ` (${i.variant_title})` : ""}</Text>
          <Input type="number" min={0} max={i.returnable_quantity} className="w-20" size="small"
            data-testid="helpdesk-exchange-return-quantity" disabled={i.returnable_quantity === 0} value={back[i.id] ?? 0}
            onChange={(e) => setBack({ ...back, [i.id]: Math.max(0, Math.min(i.returnable_quantity, Number(e.target.value))) })} />
        </div>
      ))}
      <Label size="small">{t("helpdesk.orderActions.exchangeSend")}</Label>
      {sent.map((s, index) => (
        <div key={s.variant.id} className="flex items-center justify-between gap-2" data-testid="helpdesk-exchange-new-item">
          <Text size="small">{variantLabel(s.variant)}</Text>
          <Input type="number" min={0} className="w-20" size="small" value={s.quantity}
            onChange={(e) => setSent(sent.map((x, i) => (i === index ? { ...x, quantity: Math.max(0, Math.floor(Number(e.target.value))) } : x)))} />
        </div>
      ))}
      <Input size="small" type="search" placeholder={t("helpdesk.orderActions.exchangeSearch")} value={q}
        data-testid="helpdesk-exchange-variant-search" onChange={(e) => setQ(e.target.value)} />
      {found.filter((v) => !sent.some((s) => s.variant.id === v.id)).map((v) => (
        <Button key={v.id} size="small" variant="transparent" className="justify-start" data-testid="helpdesk-exchange-variant"
          onClick={() => {
            setSent([...sent, { variant: v, quantity: 1 }])
            setQ("")
          }}>
          + {variantLabel(v)}
        </Button>
      ))}
      {!!reasons.length && (
        <Select value={reason} onValueChange={setReason}>
          <Select.Trigger><Select.Value placeholder={t("helpdesk.orderActions.reason")} /></Select.Trigger>
          <Select.Content>
            {reasons.map((r) => <Select.Item key={r.id} value={r.id}>{r.label}</Select.Item>)}
          </Select.Content>
        </Select>
      )}
      <Textarea placeholder={t("helpdesk.orderActions.note")} value={note} onChange={(e) => setNote(e.target.value)} />
      <Button size="small" data-testid="helpdesk-exchange-submit" isLoading={busy} disabled={!returnItems.length || !newItems.length}
        onClick={() => onSubmit({ return_items: returnItems, new_items: newItems, ...(reason ? { reason_id: reason } : {}), ...(note ? { note } : {}) })}>
        {t("helpdesk.orderActions.confirm")}
      </Button>
    </div>
  )
}

import { Badge, Button, Container, Heading, Input, Label, Select, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { fetchTrackingText, insertIntoReply, useOrderAction } from "../../hooks/order-actions"
import { AdminTicket, OrderActionsView } from "../../lib/types"
import { ExchangePanel } from "./exchange-panel"

type Panel = null | "return" | "exchange" | "refund" | "promotion"

const money = (amount: number, currency: string) => {
  try {
    return new Intl.NumberFormat(undefined, { style: "currency", currency: currency.toUpperCase() }).format(amount)
  } catch {
    return `${amount} ${currency}`
  }
}

/** Acting on the ticket's order with Medusa's workflows: each action confirmed, refusals shown as Medusa words them. */
export const OrderActionsSection = ({ ticket, view }: { ticket: AdminTicket; view: OrderActionsView }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const action = useOrderAction(ticket.id)
  const [panel, setPanel] = useState<Panel>(null)
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [reason, setReason] = useState<string>("")
  const [note, setNote] = useState("")
  const [amount, setAmount] = useState("")
  const [promoType, setPromoType] = useState<"percentage" | "fixed">("percentage")
  const [promoValue, setPromoValue] = useState("")

  const order = view.order
  const run = async (path: string, body: Record<string, unknown>, onDone?: (res: any) => void) => {
    try {
      const res = await action.mutateAsync({ path, body })
      if (res?.approval) toast.info(t("helpdesk.orderActions.approvalRequested"))
      else toast.success(t("helpdesk.orderActions.done"))
      setPanel(null)
      setNote("")
      onDone?.(res)
    } catch (e) {
      toast.error(t("helpdesk.orderActions.failed", { message: (e as Error).message }))
    }
  }
  const confirmThen = async (description: string, fn: () => Promise<void>) => {
    if (await prompt({ title: t("helpdesk.orderActions.confirm"), description })) await fn()
  }

  return (
    <Container className="flex flex-col gap-y-3 p-4" data-testid="helpdesk-order-actions">
      <Heading level="h2">{t("helpdesk.orderActions.title")}</Heading>
      {!order ? (
        <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.orderActions.none")}</Text>
      ) : (
        <>
          <div className="flex flex-wrap gap-2">
            <a href={`/app/orders/${order.id}`} className="txt-compact-small text-ui-fg-interactive">#{order.display_id}</a>
            <Badge size="2xsmall">{order.status}</Badge>
            <Badge size="2xsmall">{order.payment_status}</Badge>
            <Badge size="2xsmall">{order.fulfillment_status}</Badge>
            {order.returns.map((r) => (
              <Badge key={r.id} size="2xsmall" color="orange" data-testid="helpdesk-order-return">{r.status}</Badge>
            ))}
            {(order.exchanges ?? []).filter((x) => !x.canceled_at).map((x) => (
              <Badge key={x.id} size="2xsmall" color="purple" data-testid="helpdesk-order-exchange-badge">
                {t("helpdesk.orderActions.exchangeBadge")}
              </Badge>
            ))}
          </div>
          <Text size="small">{t("helpdesk.orderActions.refundable", { amount: money(order.refundable_amount, order.currency_code) })}</Text>
          <div className="flex flex-wrap gap-2">
            <Button size="small" variant="secondary" disabled={order.status === "canceled"} data-testid="helpdesk-order-cancel"
              onClick={() => confirmThen(t("helpdesk.orderActions.cancelConfirm", { number: order.display_id }), () => run("cancel", note ? { note } : {}))}>
              {t("helpdesk.orderActions.cancel")}
            </Button>
            <Button size="small" variant="secondary" data-testid="helpdesk-order-start-return" onClick={() => setPanel(panel === "return" ? null : "return")}>
              {t("helpdesk.orderActions.startReturn")}
            </Button>
            <Button size="small" variant="secondary" disabled={order.status === "canceled"} data-testid="helpdesk-order-exchange"
              onClick={() => setPanel(panel === "exchange" ? null : "exchange")}>
              {t("helpdesk.orderActions.exchange")}
            </Button>
            <Button size="small" variant="secondary" disabled={order.refundable_amount <= 0} onClick={() => setPanel(panel === "refund" ? null : "refund")}>
              {t("helpdesk.orderActions.refund")}
            </Button>
            <Button size="small" variant="secondary" onClick={() => setPanel(panel === "promotion" ? null : "promotion")}>
              {t("helpdesk.orderActions.promotion")}
            </Button>
            <Button size="small" variant="transparent" onClick={() => run("resend", { kind: "order_confirmation" })}>
              {t("helpdesk.orderActions.resendConfirmation")}
            </Button>
            <Button size="small" variant="transparent" disabled={!order.tracking_links.length} onClick={() => run("resend", { kind: "shipping_notification" })}>
              {t("helpdesk.orderActions.resendShipping")}
            </Button>
            <Button size="small" variant="transparent"
              onClick={async () => {
                const { text } = await fetchTrackingText(ticket.id)
                if (text) insertIntoReply(text)
                else toast.info(t("helpdesk.orderActions.noTracking"))
              }}>
              {t("helpdesk.orderActions.tracking")}
            </Button>
          </div>

          {panel === "return" && (
            <div className="flex flex-col gap-y-2" data-testid="helpdesk-return-form">
              <Label size="small">{t("helpdesk.orderActions.returnItems")}</Label>
              {order.items.map((i) => (
                <div key={i.id} className="flex items-center justify-between gap-2">
                  <Text size="small">{i.title}{i.variant_title ? ` (${i.variant_title})` : ""}</Text>
                  <Input type="number" min={0} max={i.returnable_quantity} className="w-20" size="small"
                    data-testid="helpdesk-return-quantity" disabled={i.returnable_quantity === 0}
                    value={quantities[i.id] ?? 0}
                    onChange={(e) => setQuantities({ ...quantities, [i.id]: Math.max(0, Math.min(i.returnable_quantity, Number(e.target.value))) })} />
                </div>
              ))}
              {!!view.return_reasons.length && (
                <Select value={reason} onValueChange={setReason}>
                  <Select.Trigger><Select.Value placeholder={t("helpdesk.orderActions.reason")} /></Select.Trigger>
                  <Select.Content>
                    {view.return_reasons.map((r) => <Select.Item key={r.id} value={r.id}>{r.label}</Select.Item>)}
                  </Select.Content>
                </Select>
              )}
              <Textarea placeholder={t("helpdesk.orderActions.note")} value={note} onChange={(e) => setNote(e.target.value)} />
              <Button size="small" data-testid="helpdesk-return-submit" isLoading={action.isPending}
                disabled={!Object.values(quantities).some((q) => q > 0)}
                onClick={() => {
                  const items = Object.entries(quantities).filter(([, q]) => q > 0).map(([id, quantity]) => ({ id, quantity }))
                  return confirmThen(t("helpdesk.orderActions.startReturn"), () =>
                    run("return", { items, ...(reason ? { reason_id: reason } : {}), ...(note ? { note } : {}) }, () => setQuantities({})))
                }}>
                {t("helpdesk.orderActions.confirm")}
              </Button>
            </div>
          )}

          {panel === "exchange" && (
            <ExchangePanel order={order} reasons={view.return_reasons} busy={action.isPending}
              onSubmit={(body) => confirmThen(t("helpdesk.orderActions.exchangeConfirm", { number: order.display_id }), () => run("exchange", body))} />
          )}

          {panel === "refund" && (
            <div className="flex flex-col gap-y-2">
              <Label size="small">{t("helpdesk.orderActions.amount")}</Label>
              <Input type="number" min={0} max={order.refundable_amount} step="0.01" size="small" value={amount} onChange={(e) => setAmount(e.target.value)} />
              <Textarea placeholder={t("helpdesk.orderActions.note")} value={note} onChange={(e) => setNote(e.target.value)} />
              <Button size="small" isLoading={action.isPending} disabled={!(Number(amount) > 0 && Number(amount) <= order.refundable_amount)}
                onClick={() => confirmThen(`${t("helpdesk.orderActions.refund")} ${money(Number(amount), order.currency_code)}`, () =>
                  run("refund", { amount: Number(amount), ...(note ? { note } : {}) }, () => setAmount("")))}>
                {t("helpdesk.orderActions.confirm")}
              </Button>
            </div>
          )}

          {panel === "promotion" && (
            <div className="flex flex-col gap-y-2">
              <Select value={promoType} onValueChange={(v) => setPromoType(v as "percentage" | "fixed")}>
                <Select.Trigger><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value="percentage">{t("helpdesk.orderActions.percentage")}</Select.Item>
                  <Select.Item value="fixed">{t("helpdesk.orderActions.fixed")}</Select.Item>
                </Select.Content>
              </Select>
              <Input type="number" min={0} size="small" placeholder={t("helpdesk.orderActions.value")} value={promoValue} onChange={(e) => setPromoValue(e.target.value)} />
              <Button size="small" isLoading={action.isPending} disabled={!(Number(promoValue) > 0)}
                onClick={() => run("promotion", { type: promoType, value: Number(promoValue) }, (res) => {
                  insertIntoReply(res.promotion.code)
                  toast.success(t("helpdesk.orderActions.codeInserted", { code: res.promotion.code }))
                  setPromoValue("")
                })}>
                {t("helpdesk.orderActions.confirm")}
              </Button>
            </div>
          )}

          {view.approvals.some((a) => a.status === "pending") && (
            <div className="flex flex-col gap-y-2" data-testid="helpdesk-refund-approvals">
              <Label size="small">{t("helpdesk.orderActions.pending")}</Label>
              {view.approvals.filter((a) => a.status === "pending").map((a) => (
                <div key={a.id} className="flex items-center justify-between gap-2">
                  <Text size="small">{money(a.amount, a.currency_code)} · {a.requested_by_name ?? a.requested_by}</Text>
                  <div className="flex gap-1">
                    <Button size="small" variant="secondary" onClick={() => run(`approvals/${a.id}/approve`, {})}>{t("helpdesk.orderActions.approve")}</Button>
                    <Button size="small" variant="transparent" onClick={() => run(`approvals/${a.id}/reject`, {})}>{t("helpdesk.orderActions.reject")}</Button>
                  </div>
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </Container>
  )
}

import { Badge, Button, Input, Label, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CannedActionInput, cannedActionReady, CannedReplyAction } from "../../lib/canned-action"
import { OrderActionsView } from "../../lib/types"

export type PendingCannedAction = { action: CannedReplyAction; input: CannedActionInput; confirmed: boolean }

/**
 * The order action a canned reply brought into the composer. Nothing runs until the agent confirms
 * it here (for a return, after choosing the items); sending then runs it through its own route
 * before the reply goes out. The agent may drop it and send the text alone.
 */
export const CannedActionCard = ({ pending, order, onChange, onRemove }: {
  pending: PendingCannedAction
  order: OrderActionsView["order"] | null
  onChange: (next: PendingCannedAction) => void
  onRemove: () => void
}) => {
  const { t } = useTranslation()
  const { action, input, confirmed } = pending
  const describe = () => {
    switch (action.type) {
      case "cancel":
        return t("helpdesk.orderActions.canned.cancel", { number: order?.display_id ?? "" })
      case "return":
        return t("helpdesk.orderActions.canned.return")
      case "resend":
        return action.kind === "shipping_notification" ? t("helpdesk.orderActions.resendShipping") : t("helpdesk.orderActions.resendConfirmation")
      case "tracking_links":
        return t("helpdesk.orderActions.canned.tracking")
      case "promotion":
        return t("helpdesk.orderActions.canned.promotion", {
          value: action.promotion_type === "percentage" ? `${action.value}%` : `${action.value} ${order?.currency_code?.toUpperCase() ?? ""}`,
        })
    }
  }

  return (
    <div className="bg-ui-bg-subtle shadow-borders-base flex flex-col gap-y-2 rounded-md p-3" data-testid="helpdesk-canned-action">
      <div className="flex items-center justify-between gap-x-2">
        <Text size="small" weight="plus">{t("helpdesk.orderActions.canned.title")}: {describe()}</Text>
        <Badge size="2xsmall" color={confirmed ? "green" : "orange"}>
          {confirmed ? t("helpdesk.orderActions.canned.confirmed") : t("helpdesk.orderActions.canned.unconfirmed")}
        </Badge>
      </div>
      {!order ? (
        <Text size="small" className="text-ui-fg-error">{t("helpdesk.orderActions.none")}</Text>
      ) : (
        action.type === "return" && !confirmed && (
          <div className="flex flex-col gap-y-1">
            <Label size="small">{t("helpdesk.orderActions.returnItems")}</Label>
            {order.items.map((i) => (
              <div key={i.id} className="flex items-center justify-between gap-2">
                <Text size="small">{i.title}{i.variant_title ? ` (${i.variant_title})` : ""}</Text>
                <Input type="number" min={0} max={i.returnable_quantity} className="w-20" size="small"
                  data-testid="helpdesk-canned-return-quantity" disabled={i.returnable_quantity === 0} value={input.items[i.id] ?? 0}
                  onChange={(e) => onChange({ ...pending, input: { items: { ...input.items, [i.id]: Math.max(0, Math.min(i.returnable_quantity, Math.floor(Number(e.target.value)))) } } })} />
              </div>
            ))}
          </div>
        )
      )}
      {order && action.type === "return" && confirmed && (
        <ul data-testid="helpdesk-canned-return-summary">
          {order.items.filter((i) => (input.items[i.id] ?? 0) > 0).map((i) => (
            <li key={i.id}><Text size="small">{input.items[i.id]} × {i.title}{i.variant_title ? ` (${i.variant_title})` : ""}</Text></li>
          ))}
        </ul>
      )}
      <Text size="xsmall" className="text-ui-fg-subtle">
        {confirmed ? t("helpdesk.orderActions.canned.runsOnSend") : t("helpdesk.orderActions.canned.confirmFirst")}
      </Text>
      <div className="flex gap-x-2">
        {confirmed ? (
          <Button size="small" variant="secondary" onClick={() => onChange({ ...pending, confirmed: false })}>
            {t("helpdesk.orderActions.canned.edit")}
          </Button>
        ) : (
          <Button size="small" variant="secondary" data-testid="helpdesk-canned-action-confirm"
            disabled={!order || !cannedActionReady(action, input)} onClick={() => onChange({ ...pending, confirmed: true })}>
            {t("helpdesk.orderActions.confirm")}
          </Button>
        )}
        <Button size="small" variant="transparent" data-testid="helpdesk-canned-action-remove" onClick={onRemove}>
          {t("helpdesk.orderActions.canned.remove")}
        </Button>
      </div>
    </div>
  )
}

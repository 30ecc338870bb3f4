import { Input, Label, Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { CannedReplyAction } from "../../lib/canned-action"

const NONE = "__none__"
const TYPES = ["cancel", "return", "resend", "tracking_links", "promotion"] as const

/** A new action of `type` with its default presets. */
function actionOf(type: (typeof TYPES)[number]): CannedReplyAction {
  switch (type) {
    case "resend":
      return { type, kind: "order_confirmation" }
    case "promotion":
      return { type, promotion_type: "percentage", value: 10 }
    default:
      return { type }
  }
}

/**
 * The order action a canned reply carries (none by default), with its presets. On a ticket the
 * agent confirms it (and chooses a return's items) before it runs with the reply.
 */
export const CannedReplyActionField = ({ value, onChange }: { value: CannedReplyAction | null; onChange: (next: CannedReplyAction | null) => void }) => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-2" data-testid="helpdesk-canned-action-field">
      <Label size="small" htmlFor="canned-action">{t("helpdesk.orderActions.canned.field")}</Label>
      <Select value={value?.type ?? NONE} onValueChange={(v) => onChange(v === NONE ? null : actionOf(v as (typeof TYPES)[number]))}>
        <Select.Trigger id="canned-action"><Select.Value /></Select.Trigger>
        <Select.Content>
          <Select.Item value={NONE}>{t("helpdesk.orderActions.canned.types.none")}</Select.Item>
          {TYPES.map((type) => <Select.Item key={type} value={type}>{t(`helpdesk.orderActions.canned.types.${type}`)}</Select.Item>)}
        </Select.Content>
      </Select>
      {value?.type === "resend" && (
        <Select value={value.kind} onValueChange={(kind) => onChange({ ...value, kind: kind as typeof value.kind })}>
          <Select.Trigger aria-label={t("helpdesk.orderActions.canned.types.resend")}><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value="order_confirmation">{t("helpdesk.orderActions.resendConfirmation")}</Select.Item>
            <Select.Item value="shipping_notification">{t("helpdesk.orderActions.resendShipping")}</Select.Item>
          </Select.Content>
        </Select>
      )}
      {value?.type === "promotion" && (
        <div className="grid grid-cols-2 gap-2">
          <Select value={value.promotion_type} onValueChange={(p) => onChange({ ...value, promotion_type: p as typeof value.promotion_type })}>
            <Select.Trigger aria-label={t("helpdesk.orderActions.promotion")}><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="percentage">{t("helpdesk.orderActions.percentage")}</Select.Item>
              <Select.Item value="fixed">{t("helpdesk.orderActions.fixed")}</Select.Item>
            </Select.Content>
          </Select>
          <Input type="number" min={0} step="0.01" size="small" aria-label={t("helpdesk.orderActions.value")} value={value.value}
            onChange={(e) => onChange({ ...value, value: Number(e.target.value) })} />
        </div>
      )}
      <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.orderActions.canned.fieldHint")}</Text>
    </div>
  )
}

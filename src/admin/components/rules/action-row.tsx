import { XMark } from "@medusajs/icons"
import { IconButton, Input, Select, Textarea } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useCannedReplies } from "../../hooks/canned-replies"
import { useAssignmentGroups } from "../../hooks/rules"
import { useAdminUsers, userName } from "../../hooks/users"
import { RuleAction } from "../../lib/rules-types"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/values"
import { ACTION_TYPES, ActionType, blankAction } from "./rule-catalog"

const Pick = ({ label, value, options, onChange, testId }: { label: string; value: string; options: { value: string; label: string }[]; onChange: (v: string) => void; testId?: string }) => (
  <Select size="small" value={value || undefined} onValueChange={onChange}>
    <Select.Trigger aria-label={label} data-testid={testId}><Select.Value placeholder={label} /></Select.Trigger>
    <Select.Content>
      {options.map((o) => <Select.Item key={o.value} value={o.value}>{o.label}</Select.Item>)}
    </Select.Content>
  </Select>
)

/** One action: its type and a value control that fits it (an agent or group, a canned reply, ...). */
export const ActionRow = ({ action, index, onChange, onRemove }: { action: RuleAction; index: number; onChange: (a: RuleAction) => void; onRemove: () => void }) => {
  const { t } = useTranslation()
  const users = useAdminUsers()
  const groups = useAssignmentGroups()
  const canned = useCannedReplies({ limit: 100, offset: 0 }, action.type === "send_canned_reply")
  const id = `rule-action-${index}`
  const label = t("helpdesk.rules.value")

  let control: React.ReactNode
  switch (action.type as ActionType) {
    case "assign": {
      const target = (action.value ?? {}) as { agent_id?: string; group_id?: string }
      const value = target.group_id ? `group:${target.group_id}` : target.agent_id ? `agent:${target.agent_id}` : ""
      control = (
        <Pick label={t("helpdesk.rules.assignTo")} value={value} testId={`${id}-value`}
          options={[
            ...(users.data ?? []).map((u) => ({ value: `agent:${u.id}`, label: userName(u) })),
            ...(groups.data ?? []).map((g) => ({ value: `group:${g.id}`, label: t("helpdesk.rules.groupOption", { name: g.name }) })),
          ]}
          onChange={(v) => onChange({ ...action, value: v.startsWith("group:") ? { group_id: v.slice(6) } : { agent_id: v.slice(6) } })} />
      )
      break
    }
    case "set_priority":
      control = <Pick label={label} value={String(action.value)} options={TICKET_PRIORITIES.map((p) => ({ value: p, label: t(`helpdesk.priority.${p}`) }))} onChange={(v) => onChange({ ...action, value: v })} />
      break
    case "set_status":
      control = <Pick label={label} value={String(action.value)} options={TICKET_STATUSES.map((s) => ({ value: s, label: t(`helpdesk.status.${s}`) }))} onChange={(v) => onChange({ ...action, value: v })} />
      break
    case "send_canned_reply":
      control = (
        <Pick label={t("helpdesk.rules.cannedReply")} value={String(action.value ?? "")} testId={`${id}-value`}
          options={(canned.data?.canned_replies ?? []).map((c) => ({ value: c.id, label: c.title }))}
          onChange={(v) => onChange({ ...action, value: v })} />
      )
      break
    case "add_note":
      control = <Textarea id={`${id}-value`} aria-label={label} rows={2} value={String(action.value ?? "")} onChange={(e) => onChange({ ...action, value: e.target.value })} />
      break
    case "set_category":
      control = (
        <Input id={`${id}-value`} size="small" aria-label={label} placeholder={t("helpdesk.rules.clearCategory")} value={String(action.value ?? "")}
          onChange={(e) => onChange({ ...action, value: e.target.value.trim() ? e.target.value : null })} />
      )
      break
    default:
      control = <Input id={`${id}-value`} size="small" aria-label={label} value={String(action.value ?? "")} onChange={(e) => onChange({ ...action, value: e.target.value })} />
  }

  return (
    <div className="grid grid-cols-[12rem_1fr_auto] items-start gap-2" data-testid="helpdesk-rule-action">
      <Select size="small" value={action.type} onValueChange={(type) => onChange(blankAction(type as ActionType))}>
        <Select.Trigger aria-label={t("helpdesk.rules.actionType")} data-testid={`${id}-type`}><Select.Value /></Select.Trigger>
        <Select.Content>
          {ACTION_TYPES.map((a) => <Select.Item key={a} value={a}>{t(`helpdesk.rules.actions.${a}`)}</Select.Item>)}
        </Select.Content>
      </Select>
      <div className="min-w-0">{control}</div>
      <IconButton size="small" variant="transparent" type="button" aria-label={t("helpdesk.rules.removeAction")} onClick={onRemove}>
        <XMark />
      </IconButton>
    </div>
  )
}

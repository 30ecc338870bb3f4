import { XMark } from "@medusajs/icons"
import { Checkbox, IconButton, Input, Label, Select } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useBusinessHours } from "../../hooks/sla"
import { RuleCondition } from "../../lib/rules-types"
import { blankCondition, CONDITION_FIELDS, valueToList, valueToWords, wordsToValue } from "./rule-catalog"

const ANY_HOURS = "__first__"

/** Comma-separated words, kept as typed; the stored value is one word or a list. */
export const WordsInput = ({ id, value, onChange }: { id: string; value: unknown; onChange: (v: string | string[]) => void }) => {
  const { t } = useTranslation()
  const [text, setText] = useState(() => valueToWords(value))
  return (
    <Input
      id={id}
      size="small"
      aria-label={t("helpdesk.rules.value")}
      placeholder={t("helpdesk.rules.wordsHint")}
      value={text}
      onChange={(e) => {
        setText(e.target.value)
        onChange(wordsToValue(e.target.value))
      }}
    />
  )
}

/** One condition: field, operator and a value control that fits the field. */
export const ConditionRow = ({
  condition,
  index,
  onChange,
  onRemove,
}: {
  condition: RuleCondition
  index: number
  onChange: (c: RuleCondition) => void
  onRemove: () => void
}) => {
  const { t } = useTranslation()
  const hours = useBusinessHours()
  const spec = CONDITION_FIELDS[condition.field]
  const id = `rule-condition-${index}`
  const noValue = spec.noValueOps?.includes(condition.op)

  const setOp = (op: string) => {
    const next: RuleCondition = { ...condition, op }
    if (spec.noValueOps?.includes(op)) delete next.value
    else if (next.value === undefined) next.value = blankCondition(condition.field).value
    // at_least / at_most take one priority.
    if (spec.singleOps?.includes(op)) next.value = valueToList(next.value)[0] ?? "normal"
    onChange(next)
  }
  const toggleChoice = (option: string, checked: boolean) => {
    if (spec.singleOps?.includes(condition.op)) return onChange({ ...condition, value: option })
    const list = valueToList(condition.value).filter((v) => v !== option)
    if (checked) list.push(option)
    onChange({ ...condition, value: list.length === 1 ? list[0] : list })
  }

  let control: React.ReactNode = null
  if (!noValue) {
    const v = spec.value
    if (v.kind === "choices") {
      const chosen = valueToList(condition.value)
      control = (
        <div className="flex flex-wrap gap-x-3 gap-y-1" role="group" aria-label={t("helpdesk.rules.value")}>
          {v.options.map((o) => (
            <div key={o} className="flex items-center gap-x-1.5">
              <Checkbox id={`${id}-${o}`} checked={chosen.includes(o)} onCheckedChange={(c) => toggleChoice(o, c === true)} />
              <Label htmlFor={`${id}-${o}`} size="small">{v.labels ? t(`${v.labels}.${o}`) : o}</Label>
            </div>
          ))}
        </div>
      )
    } else if (v.kind === "words") {
      control = <WordsInput key={condition.field} id={`${id}-value`} value={condition.value} onChange={(value) => onChange({ ...condition, value })} />
    } else if (v.kind === "number") {
      control = (
        <Input size="small" type="number" min={0} aria-label={t("helpdesk.rules.value")} value={Number(condition.value ?? 0)}
          onChange={(e) => onChange({ ...condition, value: Number(e.target.value) })} />
      )
    } else if (v.kind === "boolean") {
      control = (
        <Select size="small" value={condition.value === false ? "no" : "yes"} onValueChange={(x) => onChange({ ...condition, value: x === "yes" })}>
          <Select.Trigger aria-label={t("helpdesk.rules.value")}><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value="yes">{t("helpdesk.rules.yes")}</Select.Item>
            <Select.Item value="no">{t("helpdesk.rules.no")}</Select.Item>
          </Select.Content>
        </Select>
      )
    } else if (v.kind === "business_hours") {
      control = (
        <div className="flex gap-x-2">
          <Select size="small" value={String(condition.value ?? "inside")} onValueChange={(x) => onChange({ ...condition, value: x })}>
            <Select.Trigger aria-label={t("helpdesk.rules.value")}><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value="inside">{t("helpdesk.rules.inside")}</Select.Item>
              <Select.Item value="outside">{t("helpdesk.rules.outside")}</Select.Item>
            </Select.Content>
          </Select>
          <Select size="small" value={condition.business_hours_id ?? ANY_HOURS}
            onValueChange={(x) => {
              const next: RuleCondition = { ...condition, business_hours_id: x }
              if (x === ANY_HOURS) delete next.business_hours_id
              onChange(next)
            }}>
            <Select.Trigger aria-label={t("helpdesk.sla.hours.title")}><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY_HOURS}>{t("helpdesk.rules.ticketHours")}</Select.Item>
              {(hours.data?.business_hours ?? []).map((h) => <Select.Item key={h.id} value={h.id}>{h.name}</Select.Item>)}
            </Select.Content>
          </Select>
        </div>
      )
    }
  }

  return (
    <div className="grid grid-cols-[10rem_9rem_1fr_auto] items-start gap-2" data-testid="helpdesk-rule-condition">
      <Select size="small" value={condition.field} onValueChange={(f) => onChange(blankCondition(f))}>
        <Select.Trigger aria-label={t("helpdesk.rules.field")} data-testid={`${id}-field`}><Select.Value /></Select.Trigger>
        <Select.Content>
          {Object.keys(CONDITION_FIELDS).map((f) => <Select.Item key={f} value={f}>{t(`helpdesk.rules.fields.${f}`)}</Select.Item>)}
        </Select.Content>
      </Select>
      <Select size="small" value={condition.op} onValueChange={setOp}>
        <Select.Trigger aria-label={t("helpdesk.rules.operator")} data-testid={`${id}-op`}><Select.Value /></Select.Trigger>
        <Select.Content>
          {spec.ops.map((o) => <Select.Item key={o} value={o}>{t(`helpdesk.rules.ops.${o}`)}</Select.Item>)}
        </Select.Content>
      </Select>
      <div className="min-w-0">{control}</div>
      <IconButton size="small" variant="transparent" type="button" aria-label={t("helpdesk.rules.removeCondition")} onClick={onRemove}>
        <XMark />
      </IconButton>
    </div>
  )
}

import { Button, Select, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { RuleCondition } from "../../lib/rules-types"
import { ConditionRow } from "./condition-row"
import { blankCondition } from "./rule-catalog"

export type ConditionMatch = "all" | "any"

/** "If all / any of these hold": the match selector, one row per condition and "Add condition". */
export const ConditionList = ({
  match,
  onMatchChange,
  conditions,
  onChange,
  emptyText,
  labelId,
}: {
  match: ConditionMatch
  onMatchChange: (match: ConditionMatch) => void
  conditions: RuleCondition[]
  onChange: (conditions: RuleCondition[]) => void
  emptyText: string
  labelId?: string
}) => {
  const { t } = useTranslation()
  return (
    <>
      <div className="flex items-center gap-x-2">
        <Text id={labelId} size="small" weight="plus">{t("helpdesk.rules.if")}</Text>
        <Select size="small" value={match} onValueChange={(m) => onMatchChange(m as ConditionMatch)}>
          <Select.Trigger className="w-48" aria-label={t("helpdesk.rules.match")}><Select.Value /></Select.Trigger>
          <Select.Content>
            <Select.Item value="all">{t("helpdesk.rules.matchAll")}</Select.Item>
            <Select.Item value="any">{t("helpdesk.rules.matchAny")}</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {!conditions.length && <Text size="small" className="text-ui-fg-subtle">{emptyText}</Text>}
      {conditions.map((c, i) => (
        <ConditionRow key={i} index={i} condition={c}
          onChange={(next) => onChange(conditions.map((x, j) => (j === i ? next : x)))}
          onRemove={() => onChange(conditions.filter((_, j) => j !== i))} />
      ))}
      <div>
        <Button type="button" size="small" variant="secondary" data-testid="helpdesk-rule-add-condition"
          onClick={() => onChange([...conditions, blankCondition("subject_or_body")])}>
          {t("helpdesk.rules.addCondition")}
        </Button>
      </div>
    </>
  )
}

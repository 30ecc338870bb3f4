import { Button, FocusModal, Heading, Input, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useSaveRule } from "../../hooks/rules"
import { Rule, RuleAction, RuleCondition, RuleInput, RULE_TRIGGERS, RuleTrigger } from "../../lib/rules-types"
import { TICKET_STATUSES } from "../../lib/values"
import { Field } from "../common/field"
import { errorMessage } from "../common/states"
import { ActionRow } from "./action-row"
import { ConditionList, ConditionMatch } from "./condition-list"
import { blankAction } from "./rule-catalog"

const ANY_STATUS = "__any__"

const blank = (): RuleInput => ({
  name: "",
  description: null,
  trigger: "ticket.created",
  conditions: { all: [] },
  actions: [blankAction("add_tag")],
  idle_hours: null,
  idle_status: null,
  enabled: true,
})

/**
 * Create or edit a rule as sentences: "When a ticket is created, if all of these hold, do this".
 * What the server refuses (an unknown agent, a missing value) comes back as its 400 message.
 */
export const RuleEditor = ({ rule, open, onOpenChange }: { rule: Rule | null; open: boolean; onOpenChange: (open: boolean) => void }) => {
  const { t } = useTranslation()
  const save = useSaveRule()
  const [draft, setDraft] = useState<RuleInput>(blank)
  const [match, setMatch] = useState<ConditionMatch>("all")

  useEffect(() => {
    if (!open) return
    if (!rule) {
      setDraft(blank())
      setMatch("all")
      return
    }
    const { id: _id, position: _p, created_at: _c, updated_at: _u, ...rest } = rule
    setDraft(rest)
    setMatch(rule.conditions.any?.length && !rule.conditions.all?.length ? "any" : "all")
  }, [open, rule])

  const conditions = draft.conditions[match] ?? []
  // A rule written through the API may have both lists: the one not shown is kept as it is.
  const setConditions = (list: RuleCondition[]) => setDraft({ ...draft, conditions: { ...draft.conditions, [match]: list } })
  const setActions = (list: RuleAction[]) => setDraft({ ...draft, actions: list })
  const setTrigger = (trigger: RuleTrigger) =>
    setDraft({
      ...draft,
      trigger,
      idle_hours: trigger === "ticket.idle" ? draft.idle_hours ?? 24 : null,
      idle_status: trigger === "ticket.idle" ? draft.idle_status : null,
    })

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    try {
      await save.mutateAsync({ id: rule?.id, body: { ...draft, description: draft.description?.trim() || null } })
      toast.success(t("helpdesk.rules.saved"))
      onOpenChange(false)
    } catch (err) {
      toast.error(t("helpdesk.rules.saveFailed"), { description: errorMessage(err) })
    }
  }

  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden" data-testid="helpdesk-rule-editor">
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button type="button" size="small" variant="secondary">{t("helpdesk.rules.cancel")}</Button>
              </FocusModal.Close>
              <Button type="submit" size="small" isLoading={save.isPending} data-testid="helpdesk-rule-save">{t("helpdesk.rules.save")}</Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto">
            <div className="mx-auto flex w-full max-w-3xl flex-col gap-y-6 p-6">
              <Heading>{rule ? t("helpdesk.rules.editTitle") : t("helpdesk.rules.createTitle")}</Heading>
              <Field id="rule-name" label={t("helpdesk.rules.name")}>
                <Input id="rule-name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required maxLength={200} />
              </Field>
              <Field id="rule-description" label={t("helpdesk.rules.description")}>
                <Textarea id="rule-description" rows={2} value={draft.description ?? ""} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
              </Field>

              <section className="flex flex-col gap-y-2" aria-labelledby="rule-when">
                <Text id="rule-when" size="small" weight="plus">{t("helpdesk.rules.when")}</Text>
                <Select value={draft.trigger} onValueChange={(v) => setTrigger(v as RuleTrigger)}>
                  <Select.Trigger aria-label={t("helpdesk.rules.when")} data-testid="helpdesk-rule-trigger"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {RULE_TRIGGERS.map((tr) => <Select.Item key={tr} value={tr}>{t(`helpdesk.rules.triggers.${tr}`)}</Select.Item>)}
                  </Select.Content>
                </Select>
                {draft.trigger === "ticket.idle" && (
                  <div className="grid grid-cols-2 gap-2">
                    <Field id="rule-idle-hours" label={t("helpdesk.rules.idleHours")}>
                      <Input id="rule-idle-hours" size="small" type="number" min={1} value={draft.idle_hours ?? 24}
                        onChange={(e) => setDraft({ ...draft, idle_hours: Number(e.target.value) })} />
                    </Field>
                    <Field id="rule-idle-status" label={t("helpdesk.rules.idleStatus")}>
                      <Select size="small" value={draft.idle_status ?? ANY_STATUS} onValueChange={(v) => setDraft({ ...draft, idle_status: v === ANY_STATUS ? null : v })}>
                        <Select.Trigger id="rule-idle-status"><Select.Value /></Select.Trigger>
                        <Select.Content>
                          <Select.Item value={ANY_STATUS}>{t("helpdesk.rules.anyStatus")}</Select.Item>
                          {TICKET_STATUSES.map((s) => <Select.Item key={s} value={s}>{t(`helpdesk.status.${s}`)}</Select.Item>)}
                        </Select.Content>
                      </Select>
                    </Field>
                  </div>
                )}
              </section>

              <section className="flex flex-col gap-y-2" aria-labelledby="rule-if">
                <ConditionList labelId="rule-if" match={match} conditions={conditions} onChange={setConditions}
                  emptyText={t("helpdesk.rules.noConditions")}
                  onMatchChange={(m) => {
                    const { [match]: _moved, ...other } = draft.conditions
                    setMatch(m)
                    setDraft({ ...draft, conditions: { ...other, [m]: conditions } })
                  }} />
              </section>

              <section className="flex flex-col gap-y-2" aria-labelledby="rule-then">
                <Text id="rule-then" size="small" weight="plus">{t("helpdesk.rules.then")}</Text>
                {draft.actions.map((a, i) => (
                  <ActionRow key={i} index={i} action={a}
                    onChange={(next) => setActions(draft.actions.map((x, j) => (j === i ? next : x)))}
                    onRemove={() => setActions(draft.actions.filter((_, j) => j !== i))} />
                ))}
                <div>
                  <Button type="button" size="small" variant="secondary" data-testid="helpdesk-rule-add-action"
                    onClick={() => setActions([...draft.actions, blankAction("add_tag")])}>
                    {t("helpdesk.rules.addAction")}
                  </Button>
                </div>
              </section>

              <div className="flex items-center gap-x-2">
                <Switch id="rule-enabled" checked={draft.enabled} onCheckedChange={(v) => setDraft({ ...draft, enabled: v })} />
                <label htmlFor="rule-enabled" className="txt-compact-small">{t("helpdesk.rules.enabled")}</label>
              </div>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}

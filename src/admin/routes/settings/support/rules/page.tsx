import { ArrowDownMini, ArrowUpMini } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Switch, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { ErrorState, errorMessage } from "../../../../components/common/states"
import { AssignmentGroupsSection } from "../../../../components/rules/assignment-groups-section"
import { RuleEditor } from "../../../../components/rules/rule-editor"
import { useDeleteRule, useReorderRules, useRules, useSaveRule } from "../../../../hooks/rules"
import { Rule } from "../../../../lib/rules-types"

/** Settings → Support → Rules: what the desk does by itself, in the order it is tried. */
const RulesPage = () => {
  const { t } = useTranslation()
  const { data, isLoading, isError, refetch } = useRules()
  const save = useSaveRule()
  const remove = useDeleteRule()
  const reorder = useReorderRules()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<{ rule: Rule | null } | null>(null)
  const rules = data?.rules ?? []

  const move = (index: number, by: -1 | 1) => {
    const ids = rules.map((r) => r.id)
    const [id] = ids.splice(index, 1)
    ids.splice(index + by, 0, id)
    reorder.mutate(ids, { onError: (err) => toast.error(t("helpdesk.rules.saveFailed"), { description: errorMessage(err) }) })
  }
  const toggle = async (rule: Rule, enabled: boolean) => {
    try {
      await save.mutateAsync({ id: rule.id, body: { enabled } })
    } catch (err) {
      toast.error(t("helpdesk.rules.saveFailed"), { description: errorMessage(err) })
    }
  }
  const del = async (rule: Rule) => {
    const ok = await prompt({
      title: t("helpdesk.rules.delete"),
      description: t("helpdesk.rules.confirmDelete", { name: rule.name }),
      confirmText: t("helpdesk.rules.delete"),
      cancelText: t("helpdesk.rules.cancel"),
    })
    if (!ok) return
    try {
      await remove.mutateAsync(rule.id)
    } catch (err) {
      toast.error(t("helpdesk.rules.deleteFailed"), { description: errorMessage(err) })
    }
  }
  const summary = (rule: Rule) => {
    const conditions = (rule.conditions.all?.length ?? 0) + (rule.conditions.any?.length ?? 0)
    return [
      t(`helpdesk.rules.triggers.${rule.trigger}`) + (rule.trigger === "ticket.idle" ? ` (${t("helpdesk.rules.idleFor", { count: rule.idle_hours ?? 0 })})` : ""),
      conditions ? t("helpdesk.rules.conditionCount", { count: conditions }) : t("helpdesk.rules.everyTicket"),
      rule.actions.map((a) => t(`helpdesk.rules.actions.${a.type}`)).join(", "),
    ].join(" · ")
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0" data-testid="helpdesk-rules">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>{t("helpdesk.rules.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.rules.subtitle")}</Text>
          </div>
          <Button size="small" variant="secondary" onClick={() => setEditing({ rule: null })} data-testid="helpdesk-rule-create">
            {t("helpdesk.rules.create")}
          </Button>
        </div>
        {isError ? (
          <ErrorState onRetry={() => refetch()} />
        ) : isLoading ? null : !rules.length ? (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">{t("helpdesk.rules.empty")}</Text>
        ) : (
          <ol>
            {rules.map((rule, i) => (
              <li key={rule.id} className="flex items-center gap-x-3 px-6 py-3" data-testid="helpdesk-rule-row">
                <div className="flex flex-col">
                  <IconButton size="2xsmall" variant="transparent" disabled={i === 0 || reorder.isPending}
                    aria-label={t("helpdesk.rules.moveUp", { name: rule.name })} onClick={() => move(i, -1)}>
                    <ArrowUpMini />
                  </IconButton>
                  <IconButton size="2xsmall" variant="transparent" disabled={i === rules.length - 1 || reorder.isPending}
                    aria-label={t("helpdesk.rules.moveDown", { name: rule.name })} onClick={() => move(i, 1)}>
                    <ArrowDownMini />
                  </IconButton>
                </div>
                <div className="min-w-0 flex-1">
                  <div className="flex items-center gap-x-2">
                    <button type="button" className="txt-compact-small-plus hover:text-ui-fg-interactive truncate text-left" onClick={() => setEditing({ rule })}>
                      {rule.name}
                    </button>
                    {!rule.enabled && <Badge size="2xsmall">{t("helpdesk.rules.disabled")}</Badge>}
                  </div>
                  <Text size="small" className="text-ui-fg-subtle truncate">{summary(rule)}</Text>
                </div>
                <Switch checked={rule.enabled} aria-label={t("helpdesk.rules.enabledFor", { name: rule.name })} onCheckedChange={(v) => toggle(rule, v)} />
                <Button size="small" variant="transparent" onClick={() => setEditing({ rule })}>{t("helpdesk.rules.edit")}</Button>
                <Button size="small" variant="transparent" onClick={() => del(rule)}>{t("helpdesk.rules.delete")}</Button>
              </li>
            ))}
          </ol>
        )}
        <RuleEditor rule={editing?.rule ?? null} open={!!editing} onOpenChange={(open) => !open && setEditing(null)} />
      </Container>
      <AssignmentGroupsSection />
    </div>
  )
}

export default RulesPage

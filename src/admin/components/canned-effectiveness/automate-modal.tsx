import { Button, Drawer, Input, Select, Text, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { useAutomateCannedReply } from "../../hooks/canned-effectiveness"
import { AUTOMATE_TRIGGERS, AutomateInput, CannedEffectiveness } from "../../lib/effectiveness-types"
import { RuleCondition } from "../../lib/rules-types"
import { Field } from "../common/field"
import { errorMessage } from "../common/states"
import { ConditionList } from "../rules/condition-list"
import { blankCondition } from "../rules/rule-catalog"

/**
 * "Automate": the conditions under which the rule sends this canned reply by itself, with the
 * rule editor's own condition rows. What the server refuses comes back as its 400 message.
 */
export const AutomateDrawer = ({ reply, onClose }: { reply: CannedEffectiveness | null; onClose: () => void }) => {
  const { t } = useTranslation()
  const automate = useAutomateCannedReply()
  const [conditions, setConditions] = useState<RuleCondition[]>([])
  const [match, setMatch] = useState<AutomateInput["match"]>("all")
  const [trigger, setTrigger] = useState<AutomateInput["trigger"]>("ticket.created")
  const [name, setName] = useState("")

  useEffect(() => {
    if (!reply) return
    setConditions([blankCondition("subject_or_body")])
    setMatch("all")
    setTrigger("ticket.created")
    setName(t("helpdesk.effectiveness.automate.defaultName", { title: reply.title }))
  }, [reply, t])

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    if (!reply) return
    try {
      await automate.mutateAsync({ id: reply.id, body: { conditions, match, trigger, ...(name.trim() ? { name: name.trim() } : {}) } })
      toast.success(t("helpdesk.effectiveness.automate.done"))
      onClose()
    } catch (err) {
      toast.error(t("helpdesk.effectiveness.automate.failed"), { description: errorMessage(err) })
    }
  }

  return (
    <Drawer open={!!reply} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content className="max-w-2xl">
        <form onSubmit={submit} className="flex h-full flex-col" data-testid="helpdesk-automate-form">
          <Drawer.Header>
            <Drawer.Title>{t("helpdesk.effectiveness.automate.title", { title: reply?.title ?? "" })}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.effectiveness.automate.hint")}</Text>
            <Field id="automate-name" label={t("helpdesk.rules.name")}>
              <Input id="automate-name" size="small" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
            </Field>
            <Field id="automate-trigger" label={t("helpdesk.rules.when")}>
              <Select size="small" value={trigger} onValueChange={(v) => setTrigger(v as AutomateInput["trigger"])}>
                <Select.Trigger id="automate-trigger"><Select.Value /></Select.Trigger>
                <Select.Content>
                  {AUTOMATE_TRIGGERS.map((tr) => <Select.Item key={tr} value={tr}>{t(`helpdesk.rules.triggers.${tr}`)}</Select.Item>)}
                </Select.Content>
              </Select>
            </Field>
            <ConditionList match={match} onMatchChange={setMatch} conditions={conditions} onChange={setConditions}
              emptyText={t("helpdesk.effectiveness.automate.noConditions")} />
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" size="small" variant="secondary">{t("helpdesk.rules.cancel")}</Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={automate.isPending} data-testid="helpdesk-automate-save">
              {t("helpdesk.effectiveness.automate.submit")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

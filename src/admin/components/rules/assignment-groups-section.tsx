import { Button, Checkbox, Container, Heading, Input, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useAssignmentGroups, useDeleteAssignmentGroup, useSaveAssignmentGroup } from "../../hooks/rules"
import { useAdminUsers, userName } from "../../hooks/users"
import { AssignmentGroup } from "../../lib/rules-types"
import { ErrorState, errorMessage } from "../common/states"

type Draft = Omit<AssignmentGroup, "id"> & { id?: string }

/** The groups a rule can assign to, round-robin or to the member with the fewest open tickets. */
export const AssignmentGroupsSection = () => {
  const { t } = useTranslation()
  const groups = useAssignmentGroups()
  const users = useAdminUsers()
  const save = useSaveAssignmentGroup()
  const remove = useDeleteAssignmentGroup()
  const prompt = usePrompt()
  const [draft, setDraft] = useState<Draft | null>(null)
  const nameOf = (id: string) => userName(users.data?.find((u) => u.id === id)) || id

  const submit = async () => {
    if (!draft) return
    try {
      await save.mutateAsync(draft)
      toast.success(t("helpdesk.rules.saved"))
      setDraft(null)
    } catch (err) {
      toast.error(t("helpdesk.rules.saveFailed"), { description: errorMessage(err) })
    }
  }
  const del = async (g: AssignmentGroup) => {
    const ok = await prompt({ title: t("helpdesk.rules.delete"), description: t("helpdesk.rules.confirmDelete", { name: g.name }), confirmText: t("helpdesk.rules.delete"), cancelText: t("helpdesk.rules.cancel") })
    if (!ok) return
    try {
      await remove.mutateAsync(g.id)
    } catch (err) {
      toast.error(t("helpdesk.rules.deleteFailed"), { description: errorMessage(err) })
    }
  }
  const toggleMember = (id: string, on: boolean) =>
    draft && setDraft({ ...draft, member_ids: on ? [...draft.member_ids, id] : draft.member_ids.filter((m) => m !== id) })

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-assignment-groups">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("helpdesk.rules.groups.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("helpdesk.rules.groups.subtitle")}</Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setDraft({ name: "", member_ids: [], strategy: "round_robin" })}>
          {t("helpdesk.rules.groups.create")}
        </Button>
      </div>
      {draft && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <div className="grid grid-cols-2 gap-3">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="group-name" size="small">{t("helpdesk.rules.groups.name")}</Label>
              <Input id="group-name" size="small" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="group-strategy" size="small">{t("helpdesk.rules.groups.strategy")}</Label>
              <Select size="small" value={draft.strategy} onValueChange={(v) => setDraft({ ...draft, strategy: v as Draft["strategy"] })}>
                <Select.Trigger id="group-strategy"><Select.Value /></Select.Trigger>
                <Select.Content>
                  <Select.Item value="round_robin">{t("helpdesk.rules.groups.round_robin")}</Select.Item>
                  <Select.Item value="fewest_open">{t("helpdesk.rules.groups.fewest_open")}</Select.Item>
                </Select.Content>
              </Select>
            </div>
          </div>
          <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
            <legend className="txt-compact-small mb-1">{t("helpdesk.rules.groups.members")}</legend>
            {(users.data ?? []).map((u) => (
              <div key={u.id} className="flex items-center gap-x-1.5">
                <Checkbox id={`member-${u.id}`} checked={draft.member_ids.includes(u.id)} onCheckedChange={(c) => toggleMember(u.id, c === true)} />
                <Label htmlFor={`member-${u.id}`} size="small">{userName(u)}</Label>
              </div>
            ))}
          </fieldset>
          <div className="flex justify-end gap-x-2">
            <Button size="small" variant="secondary" onClick={() => setDraft(null)}>{t("helpdesk.rules.cancel")}</Button>
            <Button size="small" onClick={submit} isLoading={save.isPending}>{t("helpdesk.rules.save")}</Button>
          </div>
        </div>
      )}
      {groups.isError ? (
        <ErrorState onRetry={() => groups.refetch()} />
      ) : !groups.data?.length ? (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">{t("helpdesk.rules.groups.empty")}</Text>
      ) : (
        groups.data.map((g) => (
          <div key={g.id} className="flex items-center justify-between px-6 py-3">
            <div>
              <Text size="small" weight="plus">{g.name}</Text>
              <Text size="small" className="text-ui-fg-subtle">
                {t(`helpdesk.rules.groups.${g.strategy}`)} · {g.member_ids.map(nameOf).join(", ")}
              </Text>
            </div>
            <div className="flex gap-x-2">
              <Button size="small" variant="transparent" onClick={() => setDraft({ ...g })}>{t("helpdesk.rules.edit")}</Button>
              <Button size="small" variant="transparent" onClick={() => del(g)}>{t("helpdesk.rules.delete")}</Button>
            </div>
          </div>
        ))
      )}
    </Container>
  )
}

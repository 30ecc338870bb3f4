import { Button, Input, Label, Popover, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useAway, useSetAway } from "../../hooks/rules"
import { useAdminUsers, useCurrentUser, userName } from "../../hooks/users"
import { errorMessage } from "../common/states"

const NOBODY = "__nobody__"

/**
 * The signed-in agent's away switch, in the inbox header: while away, rules and round-robin skip
 * them and tickets assigned to them go to the delegate (both see them).
 */
export const AwayToggle = () => {
  const { t, i18n } = useTranslation()
  const away = useAway()
  const set = useSetAway()
  const me = useCurrentUser()
  const users = useAdminUsers()
  const [until, setUntil] = useState("")
  const [delegate, setDelegate] = useState(NOBODY)
  const status = away.data

  const apply = async (body: { away: boolean; until?: string; delegate_id?: string }) => {
    try {
      await set.mutateAsync(body)
    } catch (err) {
      toast.error(t("helpdesk.rules.away.failed"), { description: errorMessage(err) })
    }
  }

  if (!status) return null
  if (status.away) {
    const back = status.until ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(new Date(status.until)) : null
    const delegateName = status.delegate_id ? userName(users.data?.find((u) => u.id === status.delegate_id)) : null
    return (
      <div className="flex items-center gap-x-2" data-testid="helpdesk-away">
        <Text size="small" className="text-ui-fg-subtle">
          {[t("helpdesk.rules.away.youAreAway"), back && t("helpdesk.rules.away.backOn", { date: back }), delegateName && t("helpdesk.rules.away.delegate", { name: delegateName })].filter(Boolean).join(" · ")}
        </Text>
        <Button size="small" variant="secondary" isLoading={set.isPending} onClick={() => apply({ away: false })} data-testid="helpdesk-away-back">
          {t("helpdesk.rules.away.imBack")}
        </Button>
      </div>
    )
  }
  return (
    <Popover>
      <Popover.Trigger asChild>
        <Button size="small" variant="transparent" data-testid="helpdesk-away">{t("helpdesk.rules.away.setAway")}</Button>
      </Popover.Trigger>
      <Popover.Content className="flex w-72 flex-col gap-y-3 p-3">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="away-until" size="small">{t("helpdesk.rules.away.until")}</Label>
          <Input id="away-until" size="small" type="datetime-local" value={until} onChange={(e) => setUntil(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="away-delegate" size="small">{t("helpdesk.rules.away.delegateLabel")}</Label>
          <Select size="small" value={delegate} onValueChange={setDelegate}>
            <Select.Trigger id="away-delegate"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={NOBODY}>{t("helpdesk.rules.away.nobody")}</Select.Item>
              {(users.data ?? []).filter((u) => u.id !== me.data?.id).map((u) => (
                <Select.Item key={u.id} value={u.id}>{userName(u)}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Button size="small" isLoading={set.isPending} data-testid="helpdesk-away-confirm"
          onClick={() => apply({ away: true, until: until ? new Date(until).toISOString() : undefined, delegate_id: delegate === NOBODY ? undefined : delegate })}>
          {t("helpdesk.rules.away.markAway")}
        </Button>
      </Popover.Content>
    </Popover>
  )
}

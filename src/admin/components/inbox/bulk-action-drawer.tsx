import { Button, Drawer, Input, Label, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { BulkUpdate, useBulkUpdateTickets } from "../../hooks/tickets"
import { userName } from "../../hooks/users"
import { AdminUser } from "../../lib/types"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/values"
import { errorMessage } from "../common/states"

export type BulkKind = "assign" | "status" | "priority" | "tag"

const UNASSIGNED = "__none__"

/** One bulk change (assignee, status, priority or a tag) for the selected tickets. */
export const BulkActionDrawer = ({
  kind,
  ids,
  users,
  onClose,
}: {
  kind: BulkKind | null
  ids: string[]
  users: AdminUser[]
  onClose: (applied: boolean) => void
}) => {
  const [value, setValue] = useState("")
  const bulk = useBulkUpdateTickets()
  const { t } = useTranslation()

  const change = (): Omit<BulkUpdate, "ids"> | null => {
    if (!value.trim()) return null
    switch (kind) {
      case "assign":
        return { assignee_id: value === UNASSIGNED ? null : value }
      case "status":
        return { status: value as BulkUpdate["status"] }
      case "priority":
        return { priority: value as BulkUpdate["priority"] }
      case "tag":
        return { add_tags: [value.trim()] }
      default:
        return null
    }
  }

  const apply = async () => {
    const body = change()
    if (!body) return
    try {
      await bulk.mutateAsync({ ids, ...body })
      toast.success(t("helpdesk.inbox.bulk.done", { count: ids.length }))
      setValue("")
      onClose(true)
    } catch (err) {
      toast.error(t("helpdesk.inbox.bulk.failed"), { description: errorMessage(err) })
    }
  }

  const options: [string, string][] =
    kind === "assign"
      ? [[UNASSIGNED, t("helpdesk.inbox.unassigned")], ...users.map((u): [string, string] => [u.id, userName(u)])]
      : kind === "status"
        ? TICKET_STATUSES.map((v): [string, string] => [v, t(`helpdesk.status.${v}`)])
        : kind === "priority"
          ? TICKET_PRIORITIES.map((v): [string, string] => [v, t(`helpdesk.priority.${v}`)])
          : []

  const label = kind ? t(`helpdesk.inbox.bulk.${kind}`) : ""
  return (
    <Drawer open={!!kind} onOpenChange={(open) => !open && onClose(false)}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("helpdesk.inbox.bulk.title", { count: ids.length })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-2">
          <Label htmlFor="helpdesk-bulk-value">{label}</Label>
          {kind === "tag" ? (
            <Input
              id="helpdesk-bulk-value"
              value={value}
              maxLength={50}
              placeholder={t("helpdesk.inbox.bulk.tagPlaceholder")}
              onChange={(e) => setValue(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && apply()}
            />
          ) : (
            <Select value={value} onValueChange={setValue}>
              <Select.Trigger id="helpdesk-bulk-value">
                <Select.Value placeholder={label} />
              </Select.Trigger>
              <Select.Content>
                {options.map(([v, text]) => (
                  <Select.Item key={v} value={v}>
                    {text}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button variant="secondary" size="small">{t("helpdesk.inbox.bulk.cancel")}</Button>
          </Drawer.Close>
          <Button size="small" onClick={apply} isLoading={bulk.isPending} disabled={!value.trim()}>
            {t("helpdesk.inbox.bulk.apply")}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

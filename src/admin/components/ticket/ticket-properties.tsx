import { Container, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { TicketUpdate, useUpdateTicket } from "../../hooks/tickets"
import { useAdminUsers, userName } from "../../hooks/users"
import { AdminTicket } from "../../lib/types"
import { TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/values"
import { errorMessage } from "../common/states"
import { PriorityScore } from "./priority-score"

const UNASSIGNED = "__none__"

const Row = ({ label, htmlFor, children }: { label: string; htmlFor?: string; children: React.ReactNode }) => (
  <div className="grid grid-cols-[120px_1fr] items-center gap-x-3 px-6 py-2">
    <Label size="small" htmlFor={htmlFor} className="text-ui-fg-subtle">{label}</Label>
    <div className="min-w-0">{children}</div>
  </div>
)

const tagsOf = (text: string) => [...new Set(text.split(",").map((tag) => tag.trim()).filter(Boolean))]

/** Status, priority, assignee (the store's admin users), category, tags and the linked order. */
export const TicketProperties = ({ ticket, onStale }: { ticket: AdminTicket; onStale: () => void }) => {
  const update = useUpdateTicket(ticket.id)
  const { data: users } = useAdminUsers()
  const { t } = useTranslation()
  const [category, setCategory] = useState(ticket.category ?? "")
  const [tags, setTags] = useState(ticket.tags.join(", "))
  useEffect(() => setCategory(ticket.category ?? ""), [ticket.category])
  useEffect(() => setTags(ticket.tags.join(", ")), [ticket.tags.join(",")])

  const save = async (change: TicketUpdate) => {
    try {
      await update.mutateAsync({ ...change, expected_updated_at: ticket.updated_at })
      toast.success(t("helpdesk.ticket.saved"))
    } catch (err) {
      if ((err as { status?: number }).status === 409) {
        toast.warning(t("helpdesk.composer.stale"))
        onStale()
      } else {
        toast.error(t("helpdesk.ticket.saveFailed"), { description: errorMessage(err) })
      }
    }
  }

  return (
    <Container className="divide-y p-0" data-testid="helpdesk-properties">
      <div className="px-6 py-4">
        <Heading level="h2">{t("helpdesk.ticket.properties")}</Heading>
      </div>
      <div className="py-2">
        <Row label={t("helpdesk.ticket.status")} htmlFor="helpdesk-status">
          <Select size="small" value={ticket.status} onValueChange={(status) => save({ status: status as AdminTicket["status"] })}>
            <Select.Trigger id="helpdesk-status" data-testid="helpdesk-status"><Select.Value /></Select.Trigger>
            <Select.Content>
              {TICKET_STATUSES.map((v) => (
                <Select.Item key={v} value={v}>{t(`helpdesk.status.${v}`)}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Row>
        <Row label={t("helpdesk.ticket.priority")} htmlFor="helpdesk-priority">
          <Select size="small" value={ticket.priority} onValueChange={(p) => save({ priority: p as AdminTicket["priority"] })}>
            <Select.Trigger id="helpdesk-priority" data-testid="helpdesk-priority"><Select.Value /></Select.Trigger>
            <Select.Content>
              {TICKET_PRIORITIES.map((v) => (
                <Select.Item key={v} value={v}>{t(`helpdesk.priority.${v}`)}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Row>
        <PriorityScore ticket={ticket} />
        <Row label={t("helpdesk.ticket.assignee")} htmlFor="helpdesk-assignee">
          <Select
            size="small"
            value={ticket.assignee_id ?? UNASSIGNED}
            onValueChange={(v) => save({ assignee_id: v === UNASSIGNED ? null : v })}
          >
            <Select.Trigger id="helpdesk-assignee" data-testid="helpdesk-assignee"><Select.Value /></Select.Trigger>
            <Select.Content>
              <Select.Item value={UNASSIGNED}>{t("helpdesk.inbox.unassigned")}</Select.Item>
              {(users ?? []).map((u) => (
                <Select.Item key={u.id} value={u.id}>{userName(u)}</Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Row>
        <Row label={t("helpdesk.ticket.category")} htmlFor="helpdesk-category">
          <Input
            id="helpdesk-category"
            size="small"
            value={category}
            maxLength={100}
            onChange={(e) => setCategory(e.target.value)}
            onBlur={() => category.trim() !== (ticket.category ?? "") && save({ category: category.trim() || null })}
            onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
          />
        </Row>
        <Row label={t("helpdesk.ticket.tags")} htmlFor="helpdesk-tags">
          <Input
            id="helpdesk-tags"
            size="small"
            value={tags}
            placeholder={t("helpdesk.ticket.tagsHint")}
            onChange={(e) => setTags(e.target.value)}
            onBlur={() => tagsOf(tags).join(",") !== ticket.tags.join(",") && save({ tags: tagsOf(tags) })}
            onKeyDown={(e) => e.key === "Enter" && e.currentTarget.blur()}
          />
        </Row>
        <Row label={t("helpdesk.ticket.linkedOrder")}>
          {ticket.order ? (
            <Link to={`/orders/${ticket.order.id}`} className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover">
              #{ticket.order.display_id}
            </Link>
          ) : (
            <Text size="small" className="text-ui-fg-muted">{t("helpdesk.ticket.none")}</Text>
          )}
        </Row>
      </div>
    </Container>
  )
}

import { Button, Drawer, Input, Label, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { NewTicket, useCreateTicket } from "../../hooks/tickets"
import { TICKET_PRIORITIES } from "../../lib/values"
import { errorMessage } from "../common/states"

// Agents log tickets that did not come through the storefront: calls, emails, chats.
const AGENT_CHANNELS = ["phone", "email", "chat", "social", "web"] as const

export type TicketPrefill = { customer_id?: string; email?: string; order_id?: string; order_label?: string }

/** Opens a ticket on a customer's behalf; from the widgets the customer and order are prefilled. */
export const CreateTicketDrawer = ({
  prefill = {},
  trigger,
}: {
  prefill?: TicketPrefill
  trigger: React.ReactNode
}) => {
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState({ subject: "", body: "", email: "", channel: "phone", priority: "normal" })
  const create = useCreateTicket()
  const navigate = useNavigate()
  const { t } = useTranslation()
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }))

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const body: NewTicket = {
      subject: form.subject,
      body: form.body,
      channel: form.channel,
      priority: form.priority as NewTicket["priority"],
      ...(prefill.customer_id ? { customer_id: prefill.customer_id } : { email: prefill.email || form.email }),
      ...(prefill.order_id ? { order_id: prefill.order_id } : {}),
    }
    try {
      const { ticket } = await create.mutateAsync(body)
      toast.success(t("helpdesk.create.created", { number: ticket.display_id }))
      setOpen(false)
      navigate(`/support/${ticket.id}`)
    } catch (err) {
      toast.error(t("helpdesk.create.failed"), { description: errorMessage(err) })
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>{trigger}</Drawer.Trigger>
      <Drawer.Content>
        <form onSubmit={submit} className="flex h-full flex-col">
          <Drawer.Header>
            <Drawer.Title>{t("helpdesk.create.title")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {!prefill.customer_id && !prefill.email && (
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="helpdesk-new-email">{t("helpdesk.create.email")}</Label>
                <Input id="helpdesk-new-email" type="email" required value={form.email} onChange={(e) => set("email")(e.target.value)} />
              </div>
            )}
            {prefill.email && (
              <div className="flex flex-col gap-y-2">
                <Label>{t("helpdesk.create.email")}</Label>
                <Input value={prefill.email} disabled />
              </div>
            )}
            {prefill.order_label && (
              <div className="flex flex-col gap-y-2">
                <Label>{t("helpdesk.create.order")}</Label>
                <Input value={prefill.order_label} disabled />
              </div>
            )}
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="helpdesk-new-subject">{t("helpdesk.create.subject")}</Label>
              <Input id="helpdesk-new-subject" required maxLength={200} value={form.subject} onChange={(e) => set("subject")(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="helpdesk-new-body">{t("helpdesk.create.body")}</Label>
              <Textarea id="helpdesk-new-body" required rows={6} value={form.body} onChange={(e) => set("body")(e.target.value)} />
            </div>
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-2">
                <Label>{t("helpdesk.create.channel")}</Label>
                <Select value={form.channel} onValueChange={set("channel")}>
                  <Select.Trigger><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {AGENT_CHANNELS.map((c) => (
                      <Select.Item key={c} value={c}>{t(`helpdesk.channel.${c}`)}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div className="flex flex-col gap-y-2">
                <Label>{t("helpdesk.create.priority")}</Label>
                <Select value={form.priority} onValueChange={set("priority")}>
                  <Select.Trigger><Select.Value /></Select.Trigger>
                  <Select.Content>
                    {TICKET_PRIORITIES.map((v) => (
                      <Select.Item key={v} value={v}>{t(`helpdesk.priority.${v}`)}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button type="button" variant="secondary" size="small">{t("helpdesk.create.cancel")}</Button>
            </Drawer.Close>
            <Button type="submit" size="small" isLoading={create.isPending}>{t("helpdesk.create.create")}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}

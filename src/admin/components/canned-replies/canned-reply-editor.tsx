import { Button, FocusModal, Heading, Input, Label, Select, Switch, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { PLACEHOLDERS } from "../../../modules/helpdesk/domain/placeholders"
import { CannedReplyInput, usePreview, useSaveCannedReply } from "../../hooks/canned-replies"
import { useTickets } from "../../hooks/tickets"
import { CannedReply } from "../../lib/types"
import { errorMessage } from "../common/states"
import { Field } from "../common/field"
import { useDebounced } from "../../hooks/use-debounced"
import { CannedReplyAction } from "../../lib/canned-action"
import { CannedReplyActionField } from "./canned-reply-action-field"

const NO_TICKET = "__none__"

/** Create or edit a canned reply, with the placeholders listed and a live preview on a real ticket. */
export const CannedReplyEditor = ({
  reply,
  open,
  onOpenChange,
}: {
  reply: CannedReply | null
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const [form, setForm] = useState<Record<"title" | "body" | "shortcut" | "category" | "locale", string>>({
    title: "", body: "", shortcut: "", category: "", locale: "",
  })
  const [isPublic, setPublic] = useState(false)
  const [action, setAction] = useState<CannedReplyAction | null>(null)
  const [ticketId, setTicketId] = useState(NO_TICKET)
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const { t } = useTranslation()
  const save = useSaveCannedReply(reply?.id)
  const { data: recent } = useTickets({ limit: 20, order: "-last_message_at" })
  const preview = usePreview(
    useDebounced({ body: form.body, ticket_id: ticketId === NO_TICKET ? undefined : ticketId, locale: form.locale || null }, 300)
  )

  useEffect(() => {
    if (!open) return
    setForm({
      title: reply?.title ?? "",
      body: reply?.body ?? "",
      shortcut: reply?.shortcut ?? "",
      category: reply?.category ?? "",
      locale: reply?.locale ?? "",
    })
    setPublic(reply?.public ?? false)
    setAction(reply?.action ?? null)
  }, [open, reply])

  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }))

  const insert = (key: string) => {
    const el = bodyRef.current
    const token = `{{${key}}}`
    const [start, end] = el ? [el.selectionStart, el.selectionEnd] : [form.body.length, form.body.length]
    setForm((f) => ({ ...f, body: f.body.slice(0, start) + token + f.body.slice(end) }))
    requestAnimationFrame(() => {
      el?.focus()
      el?.setSelectionRange(start + token.length, start + token.length)
    })
  }

  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const optional = (v: string) => v.trim() || null
    const body: CannedReplyInput = {
      title: form.title,
      body: form.body,
      shortcut: optional(form.shortcut),
      category: optional(form.category),
      locale: optional(form.locale),
      public: isPublic,
      action,
    }
    try {
      await save.mutateAsync(body)
      toast.success(t("helpdesk.canned.saved"))
      onOpenChange(false)
    } catch (err) {
      toast.error(t("helpdesk.canned.failed"), { description: errorMessage(err) })
    }
  }

  const unknown = preview.data?.unknown_placeholders ?? []
  return (
    <FocusModal open={open} onOpenChange={onOpenChange}>
      <FocusModal.Content>
        <form onSubmit={submit} className="flex h-full flex-col overflow-hidden">
          <FocusModal.Header>
            <div className="flex items-center justify-end gap-x-2">
              <FocusModal.Close asChild>
                <Button type="button" size="small" variant="secondary">{t("helpdesk.canned.form.cancel")}</Button>
              </FocusModal.Close>
              <Button type="submit" size="small" isLoading={save.isPending} data-testid="helpdesk-canned-save">{t("helpdesk.canned.form.save")}</Button>
            </div>
          </FocusModal.Header>
          <FocusModal.Body className="flex flex-1 flex-col overflow-y-auto lg:flex-row">
            <div className="flex flex-1 flex-col gap-y-4 p-6">
              <Heading>{reply ? t("helpdesk.canned.form.editTitle") : t("helpdesk.canned.form.createTitle")}</Heading>
              <Field id="canned-title" label={t("helpdesk.canned.form.title")}>
                <Input id="canned-title" required maxLength={200} value={form.title} onChange={set("title")} />
              </Field>
              <div className="grid grid-cols-3 gap-4">
                <Field id="canned-shortcut" label={t("helpdesk.canned.form.shortcut")} hint={t("helpdesk.canned.form.shortcutHint")}>
                  <Input id="canned-shortcut" maxLength={50} value={form.shortcut} onChange={set("shortcut")} />
                </Field>
                <Field id="canned-category" label={t("helpdesk.canned.form.category")}>
                  <Input id="canned-category" maxLength={100} value={form.category} onChange={set("category")} />
                </Field>
                <Field id="canned-locale" label={t("helpdesk.canned.form.locale")} hint={t("helpdesk.canned.form.localeHint")}>
                  <Input id="canned-locale" maxLength={35} value={form.locale} onChange={set("locale")} />
                </Field>
              </div>
              <div className="flex items-center gap-x-2">
                <Switch id="canned-public" checked={isPublic} onCheckedChange={setPublic} />
                <Label htmlFor="canned-public" size="small">{t("helpdesk.canned.form.public")}</Label>
              </div>
              <CannedReplyActionField value={action} onChange={setAction} />
              <Field id="canned-body" label={t("helpdesk.canned.form.body")}>
                <Textarea id="canned-body" ref={bodyRef} required rows={10} value={form.body} onChange={set("body")} />
              </Field>
              {unknown.length > 0 && (
                <Text size="small" className="text-ui-fg-error" data-testid="helpdesk-canned-unknown">
                  {t("helpdesk.canned.form.unknown", { list: unknown.join(", ") })}
                </Text>
              )}
              <div className="flex flex-col gap-y-2">
                <Label size="small" weight="plus">{t("helpdesk.canned.form.placeholders")}</Label>
                <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.canned.form.placeholdersHint", { example: '{{ customer.first_name | "there" }}' })}</Text>
                <ul className="flex flex-wrap gap-2">
                  {PLACEHOLDERS.map((p) => (
                    <li key={p.key}>
                      <button
                        type="button"
                        title={p.description}
                        onClick={() => insert(p.key)}
                        className="txt-compact-xsmall bg-ui-tag-neutral-bg border-ui-tag-neutral-border hover:bg-ui-bg-base-hover rounded-md border px-2 py-1 font-mono"
                      >
                        {`{{${p.key}}}`}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            </div>
            <div className="bg-ui-bg-subtle flex flex-1 flex-col gap-y-4 border-t p-6 lg:border-l lg:border-t-0">
              <Heading level="h2">{t("helpdesk.canned.form.preview")}</Heading>
              <Field id="canned-preview-ticket" label={t("helpdesk.canned.form.previewTicket")}>
                <Select value={ticketId} onValueChange={setTicketId}>
                  <Select.Trigger id="canned-preview-ticket"><Select.Value /></Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NO_TICKET}>{t("helpdesk.canned.form.previewNoTicket")}</Select.Item>
                    {recent?.tickets.map((tk) => (
                      <Select.Item key={tk.id} value={tk.id}>#{tk.display_id} {tk.subject}</Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </Field>
              <div className="bg-ui-bg-base shadow-borders-base min-h-[120px] rounded-lg px-4 py-3" data-testid="helpdesk-canned-preview">
                <Text size="small" className="whitespace-pre-wrap break-words">{preview.data?.body ?? ""}</Text>
              </div>
            </div>
          </FocusModal.Body>
        </form>
      </FocusModal.Content>
    </FocusModal>
  )
}

import { PaperClip, XMark } from "@medusajs/icons"
import { Alert, Button, clx, Container, IconButton, Kbd, Switch, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { useTranslation } from "react-i18next"
import { UploadedFile, uploadAttachments } from "../../hooks/attachments"
import { renderCannedReply } from "../../hooks/canned-replies"
import { NewMessage, useAddMessage } from "../../hooks/tickets"
import { AdminTicket, CannedReply, OrderActionsView } from "../../lib/types"
import { errorMessage } from "../common/states"
import { CannedReplyPicker } from "./canned-reply-picker"
import { fetchTrackingText, INSERT_REPLY_EVENT, useOrderAction } from "../../hooks/order-actions"
import { cannedActionRequest, replyWithActionResult } from "../../lib/canned-action"
import { CannedActionCard, PendingCannedAction } from "./canned-action-card"

const draftKey = (ticketId: string) => `helpdesk:draft:${ticketId}`
// The admin message route takes up to 10 attachment ids; the upload route 5 files per request.
const MAX_FILES = 10
const FILES_PER_UPLOAD = 5
const ACCEPT = "image/png,image/jpeg,image/gif,image/webp,application/pdf"

/**
 * Reply or internal note. The draft survives reloads and failed sends (sessionStorage) and is
 * cleared only once the server has it. Every send carries the ticket's updated_at as this page
 * saw it, so a reply to a conversation that moved on is stopped with a warning.
 */
export const Composer = ({ ticket, onStale, orderActions }: {
  ticket: AdminTicket
  onStale: () => void
  /** The ticket's order as the order actions see it: a canned reply's action needs it. */
  orderActions?: OrderActionsView | null
}) => {
  const [body, setBody] = useState(() => sessionStorage.getItem(draftKey(ticket.id)) ?? "")
  const [internal, setInternal] = useState(false)
  const [cannedReplyId, setCannedReplyId] = useState<string | undefined>()
  const [stale, setStale] = useState(false)
  const [files, setFiles] = useState<UploadedFile[]>([])
  const [uploading, setUploading] = useState(false)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const send = useAddMessage(ticket.id)
  const orderAction = useOrderAction(ticket.id)
  // The order action of the inserted canned reply, run on send once the agent confirmed it.
  const [cannedAction, setCannedAction] = useState<PendingCannedAction | null>(null)
  const { t } = useTranslation()

  useEffect(() => {
    if (body) sessionStorage.setItem(draftKey(ticket.id), body)
    else sessionStorage.removeItem(draftKey(ticket.id))
  }, [body, ticket.id])

  /** Runs the confirmed canned action; answers the text to add to the reply, or false when it failed. */
  const runCannedAction = async (pending: PendingCannedAction): Promise<string | null | false> => {
    const request = cannedActionRequest(pending.action, pending.input)
    try {
      if (request.method === "GET") return (await fetchTrackingText(ticket.id)).text || null
      const res = await orderAction.mutateAsync({ path: request.path, body: request.body })
      return res?.promotion?.code ?? null
    } catch (err) {
      toast.error(t("helpdesk.orderActions.failed", { message: errorMessage(err) }))
      return false
    }
  }

  const submit = async (opts: { status?: NewMessage["status"]; force?: boolean } = {}) => {
    if (!body.trim() || send.isPending || uploading || orderAction.isPending) return
    let text = body
    if (cannedAction && !internal) {
      if (!cannedAction.confirmed) {
        toast.warning(t("helpdesk.orderActions.canned.confirmFirst"))
        return
      }
      const extra = await runCannedAction(cannedAction)
      if (extra === false) return
      // Done once: a failed send below is retried with the same text, without running it again.
      setCannedAction(null)
      text = replyWithActionResult(body, extra)
      setBody(text)
    }
    try {
      await send.mutateAsync({
        body: text,
        internal,
        canned_reply_id: internal ? undefined : cannedReplyId,
        attachment_ids: files.length ? files.map((f) => f.id) : undefined,
        status: internal ? undefined : opts.status,
        expected_updated_at: opts.force ? undefined : ticket.updated_at,
      })
      setBody("")
      setFiles([])
      setCannedReplyId(undefined)
      setStale(false)
      toast.success(internal ? t("helpdesk.composer.noteAdded") : t("helpdesk.composer.sent"))
    } catch (err) {
      if ((err as { status?: number }).status === 409) setStale(true)
      else toast.error(t("helpdesk.composer.failed"), { description: errorMessage(err) })
    }
  }

  const attach = async (picked: File[]) => {
    if (!picked.length) return
    if (files.length + picked.length > MAX_FILES) {
      toast.error(t("helpdesk.attachments.tooMany", { max: MAX_FILES }))
      return
    }
    setUploading(true)
    try {
      const uploaded: UploadedFile[] = []
      for (let i = 0; i < picked.length; i += FILES_PER_UPLOAD) {
        uploaded.push(...(await uploadAttachments(picked.slice(i, i + FILES_PER_UPLOAD))))
      }
      setFiles((current) => [...current, ...uploaded])
    } catch (err) {
      toast.error(t("helpdesk.attachments.uploadFailed"), { description: errorMessage(err) })
    } finally {
      setUploading(false)
    }
  }

  // Text from the order actions (tracking links, a goodwill code), inserted at the cursor.
  useEffect(() => {
    const onInsert = (e: Event) => {
      const text = String((e as CustomEvent).detail ?? "")
      const el = textarea.current
      setBody((current) => {
        const [start, end] = el ? [el.selectionStart, el.selectionEnd] : [current.length, current.length]
        return current.slice(0, start) + text + current.slice(end)
      })
    }
    window.addEventListener(INSERT_REPLY_EVENT, onInsert)
    return () => window.removeEventListener(INSERT_REPLY_EVENT, onInsert)
  }, [])

  const insertCanned = async (reply: CannedReply) => {
    try {
      const text = await renderCannedReply(reply.id, ticket.id)
      const el = textarea.current
      const [start, end] = el ? [el.selectionStart, el.selectionEnd] : [body.length, body.length]
      setBody(body.slice(0, start) + text + body.slice(end))
      setCannedReplyId(reply.id)
      setCannedAction(reply.action ? { action: reply.action, input: { items: {} }, confirmed: false } : null)
      requestAnimationFrame(() => el?.focus())
    } catch (err) {
      toast.error(t("helpdesk.composer.cannedFailed"), { description: errorMessage(err) })
    }
  }

  return (
    <Container className={clx("flex flex-col gap-y-3 px-6 py-4", internal && "bg-ui-tag-orange-bg")}>
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex items-center gap-x-2">
          <Switch id="helpdesk-internal" checked={internal} onCheckedChange={setInternal} data-testid="helpdesk-internal-toggle" />
          <Label htmlFor="helpdesk-internal" size="small">
            {t("helpdesk.composer.note")}
          </Label>
          {internal && <Text size="xsmall" className="text-ui-fg-subtle">{t("helpdesk.ticket.internalNoteHint")}</Text>}
        </div>
        {!internal && <CannedReplyPicker onPick={insertCanned} />}
      </div>
      {stale && (
        <Alert variant="warning" data-testid="helpdesk-stale-warning">
          <div className="flex flex-col gap-y-2">
            <Text size="small">{t("helpdesk.composer.stale")}</Text>
            <div className="flex gap-x-2">
              <Button size="small" variant="secondary" onClick={() => { setStale(false); onStale() }}>
                {t("helpdesk.composer.staleReview")}
              </Button>
              <Button size="small" variant="secondary" onClick={() => submit({ force: true })}>
                {t("helpdesk.composer.staleSendAnyway")}
              </Button>
            </div>
          </div>
        </Alert>
      )}
      <Textarea
        ref={textarea}
        rows={5}
        value={body}
        data-testid="helpdesk-composer"
        placeholder={internal ? t("helpdesk.composer.notePlaceholder") : t("helpdesk.composer.placeholder")}
        onChange={(e) => setBody(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
            e.preventDefault()
            submit()
          }
        }}
      />
      {cannedAction && !internal && (
        <CannedActionCard pending={cannedAction} order={orderActions?.order ?? null} onChange={setCannedAction}
          onRemove={() => setCannedAction(null)} />
      )}
      {files.length > 0 && (
        <ul className="flex flex-wrap gap-2" data-testid="helpdesk-composer-files">
          {files.map((f) => (
            <li key={f.id} className="txt-compact-small bg-ui-bg-subtle shadow-borders-base flex items-center gap-x-1 rounded-md py-0.5 pl-2 pr-0.5">
              <PaperClip className="text-ui-fg-muted" />
              <span>{f.filename}</span>
              <IconButton
                size="2xsmall"
                variant="transparent"
                aria-label={t("helpdesk.attachments.remove", { name: f.filename })}
                onClick={() => setFiles((current) => current.filter((x) => x.id !== f.id))}
              >
                <XMark />
              </IconButton>
            </li>
          ))}
        </ul>
      )}
      <div className="flex items-center justify-between">
        <div className="flex items-center gap-x-3">
          <input
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPT}
            className="hidden"
            data-testid="helpdesk-composer-file-input"
            onChange={(e) => {
              const picked = Array.from(e.target.files ?? [])
              e.target.value = ""
              attach(picked)
            }}
          />
          <Button
            size="small"
            variant="transparent"
            title={t("helpdesk.attachments.hint")}
            isLoading={uploading}
            disabled={files.length >= MAX_FILES}
            onClick={() => fileInput.current?.click()}
            data-testid="helpdesk-attach"
          >
            <PaperClip />
            {t("helpdesk.attachments.attach")}
          </Button>
          <Text size="xsmall" className="text-ui-fg-muted">
            <Kbd>Ctrl/⌘</Kbd> + <Kbd>Enter</Kbd>
          </Text>
        </div>
        <div className="flex gap-x-2">
          {!internal && ticket.status !== "pending" && (
            <Button size="small" variant="secondary" disabled={!body.trim()} onClick={() => submit({ status: "pending" })}>
              {t("helpdesk.composer.sendAndPending")}
            </Button>
          )}
          <Button size="small" onClick={() => submit()} isLoading={send.isPending || orderAction.isPending} disabled={!body.trim() || uploading} data-testid="helpdesk-send">
            {internal ? t("helpdesk.composer.sendNote") : t("helpdesk.composer.send")}
          </Button>
        </div>
      </div>
    </Container>
  )
}

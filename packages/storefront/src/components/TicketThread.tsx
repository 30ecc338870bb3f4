"use client"
import { useEffect, useId, useRef, useState } from "react"
import { readTicketToken } from "../client.js"
import type { Attachment, CallbackInput, Message, RatingInput, ReplyInput, Ticket, UploadedFile } from "../types.js"
import { CallbackFields, callbackInput, defaultCallbackValue, type CallbackValue } from "./CallbackFields.js"
import { FileAttach, type Picked } from "./FileAttach.js"
import { attempt, cx, formatDateFor, href, setup, type ActionResult, type CommonProps } from "./shared.js"
import { StatusBadge } from "./TicketList.js"

/** Who is acting on a guest's ticket: its token from the private link (signed-in shoppers: none). */
export type TicketAccess = { ticketToken?: string | null }

export type TicketThreadActions = {
  reply: (ticketId: string, input: ReplyInput, access?: TicketAccess) => ActionResult<Ticket>
  upload: (form: FormData, access?: TicketAccess) => ActionResult<UploadedFile[]>
  close: (ticketId: string, access?: TicketAccess) => ActionResult<Ticket>
  reopen: (ticketId: string, access?: TicketAccess) => ActionResult<Ticket>
  rate: (ticketId: string, input: RatingInput, access?: TicketAccess) => ActionResult<Ticket>
  requestCallback?: (ticketId: string, input: CallbackInput, access?: TicketAccess) => ActionResult<Ticket>
  /** Loads the ticket in the browser when no `ticket` prop is given (a guest's `#token=` link). */
  retrieveTicket?: (ticketId: string, access?: TicketAccess) => ActionResult<Ticket>
  /** An attachment's bytes (the embed); else links use `attachmentHref`. */
  downloadAttachment?: (url: string, access?: TicketAccess) => ActionResult<Blob>
}

export type TicketThreadProps = CommonProps & {
  /** The ticket with its messages, loaded on the server. Without it, `ticketId` + `actions.retrieveTicket`. */
  ticket?: Ticket | null
  ticketId?: string
  /** A guest's token; default: read from the page's `?token=` or `#token=`. */
  ticketToken?: string | null
  actions: TicketThreadActions
  /**
   * A route of the app that streams an attachment (`:id` = ticket, `:attachment_id`), e.g.
   * `/help/tickets/:id/attachments/:attachment_id`, used when there is no `downloadAttachment`.
   */
  attachmentHref?: string
}

/** A ticket's thread: reply, attach, close, reopen, rate, ask for a call. */
export function TicketThread(props: TicketThreadProps) {
  const { t, lang } = setup(props)
  const { actions } = props
  const uid = `mhd${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`
  const [ticket, setTicket] = useState<Ticket | null | undefined>(props.ticket)
  const [token, setToken] = useState<string | null | undefined>(props.ticketToken)
  const [loadError, setLoadError] = useState<string>()
  const [body, setBody] = useState("")
  const [files, setFiles] = useState<Picked[]>([])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const [notice, setNotice] = useState<string>()
  const [score, setScore] = useState<number>(0)
  const [comment, setComment] = useState("")
  const [callOpen, setCallOpen] = useState(false)
  const [call, setCall] = useState<CallbackValue>({ phone: "", from: "", to: "" })
  const [callInvalid, setCallInvalid] = useState<"phone" | "window">()
  const errorRef = useRef<HTMLParagraphElement>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const replyRef = useRef<HTMLTextAreaElement>(null)

  useEffect(() => setTicket(props.ticket), [props.ticket])

  // A guest's link: the token comes from the page's address when not given.
  useEffect(() => {
    if (token || props.ticketToken || typeof window === "undefined") return
    const found = readTicketToken(window.location.href)
    if (found) setToken(found)
    else if (!props.ticket && props.ticketId && actions.retrieveTicket) load(null)
  }, [])

  useEffect(() => {
    if (!props.ticket && token && props.ticketId && actions.retrieveTicket) load(token)
  }, [token])

  async function load(tok: string | null) {
    const [found, err] = await attempt(t, () => actions.retrieveTicket!(props.ticketId!, { ticketToken: tok }))
    if (err || !found) {
      setLoadError(t("thread.notFound"))
      setTicket(null)
    } else setTicket(found)
  }

  const access: TicketAccess = { ticketToken: token ?? null }

  function fail(message: string | undefined) {
    setError(message)
    setNotice(undefined)
    if (message) setTimeout(() => errorRef.current?.focus(), 0)
  }
  function succeed(next: Ticket, message?: string) {
    setTicket(next)
    setError(undefined)
    setNotice(message)
    if (message) setTimeout(() => noticeRef.current?.focus(), 0)
  }

  async function run(fn: () => ActionResult<Ticket>, message?: string) {
    setBusy(true)
    const [next, err] = await attempt(t, fn)
    setBusy(false)
    if (err || !next) {
      fail(err ?? t("error.generic"))
      return false
    }
    succeed(next, message)
    return true
  }

  if (ticket === undefined) {
    return (
      <div className={cx("mhd", "mhd-thread", props.className)} lang={lang} aria-busy="true">
        <p className="mhd-muted">{loadError ?? t("thread.loading")}</p>
      </div>
    )
  }
  if (ticket === null) {
    return (
      <div className={cx("mhd", "mhd-thread", props.className)} lang={lang}>
        <p className="mhd-error" role="alert">
          {loadError ?? t("thread.notFound")}
        </p>
      </div>
    )
  }

  const id = ticket.id
  const finished = ticket.status === "solved" || ticket.status === "closed"

  async function sendReply(e: { preventDefault(): void }) {
    e.preventDefault()
    if (!body.trim()) {
      fail(t("error.required", { field: t("thread.reply") }))
      return
    }
    const ok = await run(() =>
      actions.reply(id, { body: body.trim(), ...(files.length ? { attachment_ids: files.map((f) => f.file.id) } : {}) }, access)
    )
    if (ok) {
      setBody("")
      setFiles([])
      replyRef.current?.focus()
    }
  }

  async function sendRating(e: { preventDefault(): void }) {
    e.preventDefault()
    if (score < 1) return fail(t("error.required", { field: t("thread.rate") }))
    await run(() => actions.rate(id, { score: score as RatingInput["score"], ...(comment.trim() ? { comment: comment.trim() } : {}) }, access))
  }

  async function sendCallback(e: { preventDefault(): void }) {
    e.preventDefault()
    const c = callbackInput(call)
    setCallInvalid(c.problem)
    if (!c.input) return fail(c.problem === "phone" ? t("error.phone") : t("error.window"))
    const ok = await run(() => actions.requestCallback!(id, c.input!, access), t("callback.requested"))
    if (ok) setCallOpen(false)
  }

  return (
    <div className={cx("mhd", "mhd-thread", props.className)} lang={lang}>
      <h1 className="mhd-title">
        <span dir="auto">{ticket.subject}</span>{" "}
        <span className="mhd-muted mhd-small">{t("thread.title", { number: ticket.display_id })}</span>
      </h1>
      <p>
        <StatusBadge status={ticket.status} label={t(`status.${ticket.status}`)} />
      </p>
      {ticket.merged && <p className="mhd-muted">{t("thread.merged")}</p>}
      {ticket.has_earlier_messages && <p className="mhd-muted mhd-small">{t("thread.earlier")}</p>}
      <ol className="mhd-messages">
        {(ticket.messages ?? []).map((m) => (
          <MessageItem key={m.id} m={m} ticketId={id} props={props} access={access} />
        ))}
      </ol>
      {error && (
        <p className="mhd-error" role="alert" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      {notice && (
        <p className="mhd-success" role="status" tabIndex={-1} ref={noticeRef}>
          {notice}
        </p>
      )}
      {!ticket.merged && (
        <form className="mhd-reply" onSubmit={sendReply} noValidate aria-busy={busy || undefined}>
          {ticket.status === "closed" && <p className="mhd-muted">{t("thread.closed")}</p>}
          <div className="mhd-field">
            <label className="mhd-label" htmlFor={`${uid}-reply`}>
              {t("thread.reply")}
            </label>
            <textarea
              id={`${uid}-reply`}
              ref={replyRef}
              className="mhd-input mhd-textarea"
              dir="auto"
              rows={4}
              maxLength={20000}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
          </div>
          <FileAttach t={t} label={t("thread.attach")} upload={(form) => actions.upload(form, access)} value={files} onChange={setFiles} onError={fail} disabled={busy} />
          <p className="mhd-actions">
            <button type="submit" className="mhd-button mhd-button-primary" disabled={busy}>
              {t("thread.send")}
            </button>
            {ticket.status !== "closed" && (
              <button type="button" className="mhd-button" disabled={busy} onClick={() => run(() => actions.close(id, access))}>
                {t("thread.close")}
              </button>
            )}
            {finished && (
              <button type="button" className="mhd-button" disabled={busy} onClick={() => run(() => actions.reopen(id, access))}>
                {t("thread.reopen")}
              </button>
            )}
            {actions.requestCallback && !callOpen && (
              <button
                type="button"
                className="mhd-button"
                disabled={busy}
                aria-expanded="false"
                onClick={() => {
                  setCallOpen(true)
                  if (!call.from) setCall(defaultCallbackValue())
                }}
              >
                {t("callback.submit")}
              </button>
            )}
          </p>
        </form>
      )}
      {callOpen && actions.requestCallback && (
        <form className="mhd-callback-form" onSubmit={sendCallback} noValidate>
          <fieldset className="mhd-fieldset">
            <legend className="mhd-label">{t("callback.want")}</legend>
            <CallbackFields t={t} value={call} onChange={setCall} invalid={callInvalid} idPrefix={`${uid}-cb`} />
            <p className="mhd-actions">
              <button type="submit" className="mhd-button mhd-button-primary" disabled={busy}>
                {t("callback.submit")}
              </button>
            </p>
          </fieldset>
        </form>
      )}
      {finished && !ticket.rating && (
        <form className="mhd-rating" onSubmit={sendRating} noValidate>
          <fieldset className="mhd-fieldset">
            <legend className="mhd-label">{t("thread.rate")}</legend>
            <div className="mhd-stars">
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className="mhd-star">
                  <input type="radio" name={`${uid}-score`} value={n} checked={score === n} onChange={() => setScore(n)} />
                  <span>{t("thread.rateScore", { score: n })}</span>
                </label>
              ))}
            </div>
            <div className="mhd-field">
              <label className="mhd-label" htmlFor={`${uid}-comment`}>
                {t("thread.rateComment")}
              </label>
              <textarea id={`${uid}-comment`} className="mhd-input" dir="auto" rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            </div>
            <button type="submit" className="mhd-button mhd-button-primary" disabled={busy}>
              {t("thread.rateSubmit")}
            </button>
          </fieldset>
        </form>
      )}
      {ticket.rating && <p className="mhd-success">{t("thread.rated", { score: ticket.rating.score })}</p>}
    </div>
  )
}

function MessageItem({ m, ticketId, props, access }: { m: Message; ticketId: string; props: TicketThreadProps; access: TicketAccess }) {
  const { t } = setup(props)
  const who = m.author_type === "customer" ? t("thread.you") : m.author_name || t("thread.support")
  return (
    <li className={cx("mhd-message", `mhd-message-${m.author_type}`)}>
      <p className="mhd-message-meta">
        <span className="mhd-message-author" dir="auto">
          {who}
        </span>{" "}
        <time className="mhd-muted mhd-small" dateTime={m.created_at} suppressHydrationWarning>
          {formatDateFor(m.created_at, props)}
        </time>
      </p>
      <p className="mhd-message-body mhd-pre" dir="auto">
        {m.body}
      </p>
      {m.attachments.length > 0 && (
        <ul className="mhd-attachments">
          {m.attachments.map((a) => (
            <li key={a.id}>
              <AttachmentLink a={a} ticketId={ticketId} props={props} access={access} />
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

function AttachmentLink({ a, ticketId, props, access }: { a: Attachment; ticketId: string; props: TicketThreadProps; access: TicketAccess }) {
  const { t } = setup(props)
  const [blobUrl, setBlobUrl] = useState<string>()
  const download = props.actions.downloadAttachment
  const image = a.mime_type.startsWith("image/")
  useEffect(() => {
    if (!download || !image || typeof URL.createObjectURL !== "function") return
    let url: string | undefined
    let live = true
    attempt(t, () => download(a.url, access)).then(([blob]) => {
      if (live && blob instanceof Blob) setBlobUrl((url = URL.createObjectURL(blob)))
    })
    return () => {
      live = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [a.url])
  const label = t("thread.attachment", { name: a.filename })
  const target = download ? blobUrl : props.attachmentHref ? href(props.attachmentHref, { id: ticketId, attachment_id: a.id }) : undefined
  if (download && !image) {
    return (
      <button
        type="button"
        className="mhd-button mhd-button-small mhd-attachment"
        onClick={async () => {
          const [blob] = await attempt(t, () => download(a.url, access))
          if (!(blob instanceof Blob)) return
          const url = URL.createObjectURL(blob)
          const link = document.createElement("a")
          link.href = url
          link.download = a.filename
          link.click()
          setTimeout(() => URL.revokeObjectURL(url), 10_000)
        }}
      >
        <span dir="auto">{label}</span>
      </button>
    )
  }
  if (!target) return <span dir="auto">{label}</span>
  return (
    <a className="mhd-link mhd-attachment" href={target} target="_blank" rel="noopener noreferrer" download={image ? undefined : a.filename}>
      {image && <img src={target} alt="" className="mhd-preview-img" />}
      <span dir="auto">{label}</span>
    </a>
  )
}

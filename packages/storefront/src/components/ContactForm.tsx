"use client"
import { useEffect, useId, useRef, useState } from "react"
import type {
  CallbackInput,
  CreateTicketInput,
  CreateTicketResult,
  OrderOption,
  Suggestions,
  Ticket,
  UploadedFile,
} from "../types.js"
import { CallbackFields, callbackInput, defaultCallbackValue, type CallbackValue } from "./CallbackFields.js"
import { FileAttach, type Picked } from "./FileAttach.js"
import { attempt, cx, formatDayFor, href, setup, type ActionResult, type CommonProps } from "./shared.js"

export type ContactFormActions = {
  createTicket: (input: CreateTicketInput) => ActionResult<CreateTicketResult>
  upload: (form: FormData) => ActionResult<UploadedFile[]>
  /** Live suggestions while the shopper types the subject (GET /store/support/suggestions). */
  suggest?: (q: string) => ActionResult<Suggestions>
  /** Shown when given: the "call me back" fields. `ticketToken` is the new guest ticket's token. */
  requestCallback?: (ticketId: string, input: CallbackInput, access?: { ticketToken?: string | null }) => ActionResult<Ticket>
  /** Called when the shopper opens a suggested article (counted as a deflection). */
  articleDeflected?: (handle: string) => ActionResult<unknown>
}

export type ContactFormProps = CommonProps & {
  actions: ContactFormActions
  /** Signed in: no email / name fields (the account's are used). */
  signedIn?: boolean
  /** The signed-in customer's orders for the order picker (`listCustomerOrders` on the server). */
  orders?: OrderOption[]
  defaultSubject?: string
  defaultOrderId?: string
  /**
   * The ticket page for a guest's private link (`:id` is filled in), default `paths.ticket`,
   * made absolute against the current page. The token is added as `#token=` (the browser never
   * sends a fragment to a server).
   */
  ticketUrl?: string
  /** Called after the ticket was opened (the embed uses it to navigate). */
  onCreated?: (result: CreateTicketResult) => void
}

type FieldError = "subject" | "body" | "email" | "phone" | "window"

/** The contact form: subject with live suggestions, order picker, screenshots, guest email, callback. */
export function ContactForm(props: ContactFormProps) {
  const { t, paths, lang } = setup(props)
  const { actions } = props
  const uid = `mhd${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`
  const [subject, setSubject] = useState(props.defaultSubject ?? "")
  const [body, setBody] = useState("")
  const [email, setEmail] = useState("")
  const [name, setName] = useState("")
  const [orderId, setOrderId] = useState(props.defaultOrderId ?? "")
  const [files, setFiles] = useState<Picked[]>([])
  const [wantsCall, setWantsCall] = useState(false)
  const [call, setCall] = useState<CallbackValue>(() => ({ phone: "", from: "", to: "" }))
  const [suggestions, setSuggestions] = useState<Suggestions>({ articles: [], replies: [] })
  const shown = useRef(new Set<string>())
  const [invalid, setInvalid] = useState<FieldError[]>([])
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<{ result: CreateTicketResult; link?: string; callbackError?: string }>()
  const [copied, setCopied] = useState(false)
  const summary = useRef<HTMLDivElement>(null)
  const success = useRef<HTMLHeadingElement>(null)

  // Suggestions: 300 ms after the last keystroke, 3 characters or more; a late answer for an
  // older subject is dropped.
  useEffect(() => {
    if (!actions.suggest) return
    const q = subject.trim()
    if (q.length < 3) {
      setSuggestions({ articles: [], replies: [] })
      return
    }
    let live = true
    const timer = setTimeout(async () => {
      const [found] = await attempt(t, () => actions.suggest!(q))
      if (!live || !found) return
      found.articles.forEach((a) => shown.current.add(a.id))
      setSuggestions({ articles: found.articles ?? [], replies: found.replies ?? [] })
    }, 300)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [subject])

  useEffect(() => {
    if (done) success.current?.focus()
  }, [done])

  function focusSummary() {
    setTimeout(() => summary.current?.focus(), 0)
  }

  async function submit(e: { preventDefault(): void }) {
    e.preventDefault()
    if (busy) return
    const bad: FieldError[] = []
    if (!subject.trim()) bad.push("subject")
    if (!body.trim()) bad.push("body")
    if (!props.signedIn && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) bad.push("email")
    let callback: CallbackInput | undefined
    if (wantsCall && actions.requestCallback) {
      const c = callbackInput(call)
      if (c.problem) bad.push(c.problem)
      callback = c.input
    }
    setInvalid(bad)
    setError(undefined)
    if (bad.length) return focusSummary()

    setBusy(true)
    const input: CreateTicketInput = {
      subject: subject.trim(),
      body: body.trim(),
      ...(orderId ? { order_id: orderId } : {}),
      ...(files.length ? { attachment_ids: files.map((f) => f.file.id) } : {}),
      ...(props.signedIn ? {} : { email: email.trim(), ...(name.trim() ? { name: name.trim() } : {}) }),
      ...(props.locale ? { locale: props.locale } : {}),
      ...(shown.current.size ? { shown_article_ids: [...shown.current].slice(0, 10) } : {}),
    }
    const [result, err] = await attempt(t, () => actions.createTicket(input))
    if (err || !result) {
      setBusy(false)
      setError(err)
      return focusSummary()
    }
    let callbackError: string | undefined
    if (callback && actions.requestCallback) {
      const [, cbErr] = await attempt(t, () => actions.requestCallback!(result.ticket.id, callback!, { ticketToken: result.access_token }))
      callbackError = cbErr
    }
    setBusy(false)
    let link: string | undefined
    if (result.access_token) {
      const template = props.ticketUrl ?? paths.ticket
      const path = href(template, { id: result.ticket.id })
      const base = typeof window !== "undefined" ? new URL(path, window.location.href).toString() : path
      link = `${base.replace(/#.*$/, "")}#token=${encodeURIComponent(result.access_token)}`
    }
    setDone({ result, link, callbackError })
    props.onCreated?.(result)
  }

  if (done) {
    const { ticket } = done.result
    return (
      <div className={cx("mhd", "mhd-contact", props.className)} lang={lang}>
        <h2 className="mhd-subtitle" ref={success} tabIndex={-1}>
          {t("contact.sent", { number: ticket.display_id })}
        </h2>
        {done.callbackError ? (
          <p className="mhd-error" role="alert">
            {done.callbackError}
          </p>
        ) : (
          wantsCall && <p className="mhd-success">{t("callback.requested")}</p>
        )}
        {done.link ? (
          <div className="mhd-private-link">
            <p>{t("contact.privateLink")}</p>
            <p>
              <a className="mhd-link mhd-break" href={done.link} data-mhd-route="ticket-link">
                {done.link}
              </a>
            </p>
            <button
              type="button"
              className="mhd-button"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(done.link!)
                  setCopied(true)
                } catch {
                  /* clipboard refused: the link is on screen to copy by hand */
                }
              }}
            >
              {copied ? t("contact.copied") : t("contact.copyLink")}
            </button>
          </div>
        ) : (
          <p>
            <a className="mhd-button mhd-button-primary" href={href(paths.ticket, { id: ticket.id })} data-mhd-route="ticket">
              {t("contact.viewTicket")}
            </a>
          </p>
        )}
      </div>
    )
  }

  const err = (f: FieldError) => invalid.includes(f)
  const fieldMessage: Record<FieldError, string> = {
    subject: t("error.required", { field: t("contact.subject") }),
    body: t("error.required", { field: t("contact.body") }),
    email: t("error.email"),
    phone: t("error.phone"),
    window: t("error.window"),
  }
  const fieldId: Record<FieldError, string> = {
    subject: `${uid}-subject`,
    body: `${uid}-body`,
    email: `${uid}-email`,
    phone: `${uid}-cb-phone`,
    window: `${uid}-cb-from`,
  }

  return (
    <form className={cx("mhd", "mhd-contact", props.className)} lang={lang} onSubmit={submit} noValidate aria-busy={busy || undefined}>
      <h1 className="mhd-title">{t("contact.title")}</h1>
      {(invalid.length > 0 || error) && (
        <div className="mhd-error-summary" role="alert" tabIndex={-1} ref={summary}>
          {error ? (
            <p>{error}</p>
          ) : (
            <>
              <p>{t("error.summary")}</p>
              <ul>
                {invalid.map((f) => (
                  <li key={f}>
                    <a href={`#${fieldId[f]}`} onClick={(e) => (e.preventDefault(), (e.currentTarget.getRootNode() as Document).getElementById?.(fieldId[f])?.focus())}>
                      {fieldMessage[f]}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {!props.signedIn && (
        <div className="mhd-field-row">
          <div className="mhd-field">
            <label className="mhd-label" htmlFor={fieldId.email}>
              {t("contact.email")}
            </label>
            <input
              id={fieldId.email}
              className="mhd-input"
              type="email"
              autoComplete="email"
              required
              dir="ltr"
              value={email}
              aria-invalid={err("email") || undefined}
              onChange={(e) => setEmail(e.currentTarget.value)}
            />
          </div>
          <div className="mhd-field">
            <label className="mhd-label" htmlFor={`${uid}-name`}>
              {t("contact.name")}
            </label>
            <input id={`${uid}-name`} className="mhd-input" autoComplete="name" dir="auto" maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          </div>
        </div>
      )}
      <div className="mhd-field">
        <label className="mhd-label" htmlFor={fieldId.subject}>
          {t("contact.subject")}
        </label>
        <input
          id={fieldId.subject}
          className="mhd-input"
          required
          dir="auto"
          maxLength={200}
          autoComplete="off"
          value={subject}
          aria-invalid={err("subject") || undefined}
          aria-describedby={`${uid}-subject-hint`}
          onChange={(e) => setSubject(e.currentTarget.value)}
        />
        <p id={`${uid}-subject-hint`} className="mhd-hint">
          {t("contact.subjectHint")}
        </p>
      </div>
      <div className="mhd-suggestions" aria-live="polite">
        {(suggestions.articles.length > 0 || suggestions.replies.length > 0) && (
          <>
            <h2 className="mhd-subtitle mhd-small-title">{t("contact.suggestions")}</h2>
            <ul>
              {suggestions.articles.map((a) => (
                <li key={a.id}>
                  <a
                    className="mhd-link"
                    href={href(paths.article, { handle: a.handle })}
                    data-mhd-route="article"
                    lang={a.locale}
                    dir="auto"
                    onClick={() => {
                      actions.articleDeflected?.(a.handle)?.catch?.(() => {})
                    }}
                  >
                    {a.title}
                  </a>
                </li>
              ))}
              {suggestions.replies.map((r) => (
                <li key={r.id}>
                  <details>
                    <summary dir="auto">{r.title}</summary>
                    <p className="mhd-pre" dir="auto">
                      {r.body}
                    </p>
                  </details>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {props.orders && props.orders.length > 0 && (
        <div className="mhd-field">
          <label className="mhd-label" htmlFor={`${uid}-order`}>
            {t("contact.order")}
          </label>
          <select id={`${uid}-order`} className="mhd-input" value={orderId} onChange={(e) => setOrderId(e.currentTarget.value)}>
            <option value="">{t("contact.noOrder")}</option>
            {props.orders.map((o) => (
              <option key={o.id} value={o.id}>
                {t("contact.orderOption", { number: o.display_id, date: formatDayFor(o.created_at, props) })}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="mhd-field">
        <label className="mhd-label" htmlFor={fieldId.body}>
          {t("contact.body")}
        </label>
        <textarea
          id={fieldId.body}
          className="mhd-input mhd-textarea"
          required
          dir="auto"
          rows={6}
          maxLength={20000}
          value={body}
          aria-invalid={err("body") || undefined}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
      </div>
      <FileAttach t={t} label={t("contact.attach")} upload={actions.upload} value={files} onChange={setFiles} onError={setError} disabled={busy} />
      {actions.requestCallback && (
        <fieldset className="mhd-fieldset">
          <legend className="mhd-label">{t("callback.legend")}</legend>
          <label className="mhd-check">
            <input
              type="checkbox"
              checked={wantsCall}
              onChange={(e) => {
                const on = e.currentTarget.checked
                setWantsCall(on)
                if (on && !call.from) setCall(defaultCallbackValue())
              }}
            />{" "}
            {t("callback.want")}
          </label>
          {wantsCall && (
            <CallbackFields
              t={t}
              value={call}
              onChange={setCall}
              idPrefix={`${uid}-cb`}
              invalid={err("phone") ? "phone" : err("window") ? "window" : undefined}
            />
          )}
        </fieldset>
      )}
      <p className="mhd-actions">
        <button type="submit" className="mhd-button mhd-button-primary" disabled={busy}>
          {busy ? t("contact.sending") : t("contact.submit")}
        </button>
      </p>
    </form>
  )
}

import { useEffect, useMemo, useState } from "react"
import { createHelpdeskClient, readTicketToken, type HelpdeskClient } from "../client.js"
import { ArticlePage } from "../components/ArticlePage.js"
import { ContactForm } from "../components/ContactForm.js"
import { HelpHome } from "../components/HelpHome.js"
import { setup, type HelpPaths } from "../components/shared.js"
import { TicketList } from "../components/TicketList.js"
import { TicketThread, type TicketAccess } from "../components/TicketThread.js"
import type { Article, ArticleCategory, ArticleSummary, OrderOption, Ticket } from "../types.js"

export type Route =
  | { name: "home"; q?: string; category?: string }
  | { name: "article"; handle: string }
  | { name: "contact" }
  | { name: "tickets" }
  | { name: "ticket"; id: string; token?: string | null }

/** In-panel addresses: real hrefs (keyboard, middle-click safe) that the embed intercepts. */
export const EMBED_PATHS: HelpPaths = {
  home: "#help",
  search: "#help/search",
  article: "#help/article/:handle",
  category: "#help/category/:handle",
  contact: "#help/contact",
  tickets: "#help/tickets",
  ticket: "#help/ticket/:id",
}

/** The route an intercepted in-panel href points to, or null. */
export function routeFromHref(raw: string): Route | null {
  if (!raw.startsWith("#help")) {
    // A guest's private link (shown after opening a ticket): this page with ?ticket= and #token=.
    try {
      const u = new URL(raw, typeof location !== "undefined" ? location.href : "http://x.invalid")
      const id = u.searchParams.get("ticket")
      if (id) return { name: "ticket", id, token: readTicketToken(u) }
    } catch {
      /* not a URL */
    }
    return null
  }
  const [, view, arg] = raw.replace(/^#/, "").split("/")
  const value = arg ? decodeURIComponent(arg.split("?")[0]) : ""
  if (view === "article" && value) return { name: "article", handle: value }
  if (view === "category" && value) return { name: "home", category: value }
  if (view === "contact") return { name: "contact" }
  if (view === "tickets") return { name: "tickets" }
  if (view === "ticket" && value) return { name: "ticket", id: value }
  return { name: "home" }
}

/** A private link opened on this page: `?ticket=<id>` with the token in `?token=` or `#token=`. */
export function routeFromLocation(url: string): Route | null {
  try {
    const u = new URL(url)
    const id = u.searchParams.get("ticket")
    if (!id) return null
    return { name: "ticket", id, token: readTicketToken(u) }
  } catch {
    return null
  }
}

export type HelpCenterAppProps = {
  client: HelpdeskClient
  locale: string
  signedIn: boolean
  initialRoute?: Route
  /** Where a guest's private link points: this page with `?ticket=:id`. */
  ticketUrl: string
  /** Bumped when the customer token changes, to reload. */
  authVersion: number
}

type Loaded =
  | { name: "home"; categories: ArticleCategory[]; articles: ArticleSummary[] }
  | { name: "article"; article: Article }
  | { name: "contact"; orders: OrderOption[] }
  | { name: "tickets"; tickets: Ticket[] }
  | { name: "ticket"; ticket: Ticket }
  | { name: "error"; message: string }

/** The whole help center in one component, backed by the browser client. */
export function HelpCenterApp(props: HelpCenterAppProps) {
  const { locale, signedIn } = props
  const { t } = setup({ locale })
  const [route, setRoute] = useState<Route>(props.initialRoute ?? { name: "home" })
  const [data, setData] = useState<Loaded>()
  const guestTokens = useMemo(() => new Map<string, string>(), [])
  if (route.name === "ticket" && route.token) guestTokens.set(route.id, route.token)

  const clientFor = (access?: TicketAccess, id?: string) => {
    const token = access?.ticketToken ?? (id ? guestTokens.get(id) : undefined)
    return token ? props.client.withContext({ ticketToken: token }) : props.client
  }

  useEffect(() => {
    let live = true
    setData(undefined)
    const c = props.client
    const load = async (): Promise<Loaded> => {
      switch (route.name) {
        case "home": {
          const [categories, list] = await Promise.all([
            c.listArticleCategories(),
            c.listArticles({ q: route.q, category: route.category, limit: route.q ? 10 : 6 }),
          ])
          return { name: "home", categories, articles: list.articles }
        }
        case "article":
          return { name: "article", article: await c.retrieveArticle(route.handle) }
        case "contact":
          return { name: "contact", orders: signedIn ? await c.listOrders().catch(() => []) : [] }
        case "tickets":
          return { name: "tickets", tickets: signedIn ? (await c.listTickets({ limit: 50 })).tickets : [] }
        case "ticket":
          return { name: "ticket", ticket: await clientFor(undefined, route.id).retrieveTicket(route.id) }
      }
    }
    load()
      .then((d) => live && setData(d))
      .catch((e) => {
        if (!live) return
        const notFound = e?.status === 404 || e?.status === 401
        setData({ name: "error", message: route.name === "ticket" && notFound ? t("thread.notFound") : t("error.generic") })
      })
    return () => {
      live = false
    }
  }, [route, props.authVersion])

  // Links and the search form inside the panel move within it.
  function onClick(e: MouseEvent) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const a = (e.composedPath() as Element[]).find((el) => el instanceof HTMLAnchorElement && el.hasAttribute("data-mhd-route")) as
      | HTMLAnchorElement
      | undefined
    if (!a) return
    const next = routeFromHref(a.getAttribute("href") || "")
    if (!next) return
    e.preventDefault()
    setRoute(next)
  }
  function onSubmit(e: SubmitEvent) {
    const form = e.target as HTMLFormElement
    if (form?.getAttribute?.("data-mhd-route") !== "search") return
    e.preventDefault()
    const q = String(new FormData(form).get("q") ?? "").trim()
    setRoute({ name: "home", q: q || undefined })
  }

  const common = { locale, paths: EMBED_PATHS }
  let view: any
  if (!data) view = <p className="mhd-muted" role="status">{t("thread.loading")}</p>
  else if (data.name === "error") view = <p className="mhd-error" role="alert">{data.message}</p>
  else if (data.name === "home")
    view = (
      <HelpHome
        {...common}
        categories={data.categories}
        articles={data.articles}
        query={route.name === "home" ? route.q : undefined}
        category={route.name === "home" ? route.category : undefined}
        showMyTickets={signedIn}
      />
    )
  else if (data.name === "article")
    view = <ArticlePage {...common} article={data.article} onFeedback={(h, helpful) => props.client.articleFeedback(h, helpful)} />
  else if (data.name === "contact")
    view = (
      <ContactForm
        {...common}
        signedIn={signedIn}
        orders={data.orders}
        ticketUrl={props.ticketUrl}
        actions={{
          createTicket: (input) => props.client.createTicket(input, { idempotencyKey: randomId() }),
          upload: (form) => props.client.upload(form),
          suggest: (q) => props.client.suggestions(q),
          requestCallback: (id, input, access) => clientFor(access, id).requestCallback(id, input),
          articleDeflected: (h) => props.client.articleDeflected(h),
        }}
        onCreated={(r) => {
          if (r.access_token) guestTokens.set(r.ticket.id, r.access_token)
        }}
      />
    )
  else if (data.name === "tickets")
    view = signedIn ? (
      <TicketList {...common} tickets={data.tickets} />
    ) : (
      <p className="mhd-muted">{t("thread.notFound")}</p>
    )
  else
    view = (
      <TicketThread
        {...common}
        ticket={data.ticket}
        ticketToken={guestTokens.get(data.ticket.id) ?? null}
        actions={{
          reply: (id, input, a) => clientFor(a, id).reply(id, input),
          upload: (form, a) => clientFor(a).upload(form),
          close: (id, a) => clientFor(a, id).close(id),
          reopen: (id, a) => clientFor(a, id).reopen(id),
          rate: (id, input, a) => clientFor(a, id).rate(id, input),
          requestCallback: (id, input, a) => clientFor(a, id).requestCallback(id, input),
          downloadAttachment: (url, a) => clientFor(a, data.ticket.id).downloadAttachment(url),
        }}
      />
    )

  return (
    <div className="mhd-embed" lang={locale} ref={(el) => attach(el, onClick, onSubmit)}>
      {route.name !== "home" || route.q || route.category ? (
        <p className="mhd mhd-breadcrumb">
          <a className="mhd-link" href={EMBED_PATHS.home} data-mhd-route="home">
            {t("help.back")}
          </a>
        </p>
      ) : null}
      {view}
    </div>
  )
}

// Native listeners (composedPath sees through the shadow root); re-bound on each render.
const bound = new WeakMap<HTMLElement, { click: (e: MouseEvent) => void; submit: (e: SubmitEvent) => void }>()
function attach(el: HTMLElement | null, click: (e: MouseEvent) => void, submit: (e: SubmitEvent) => void) {
  if (!el) return
  const prev = bound.get(el)
  if (prev) {
    el.removeEventListener("click", prev.click)
    el.removeEventListener("submit", prev.submit as EventListener)
  }
  el.addEventListener("click", click)
  el.addEventListener("submit", submit as EventListener)
  bound.set(el, { click, submit })
}

export function randomId(): string {
  const c: any = typeof crypto !== "undefined" ? crypto : undefined
  if (c?.randomUUID) return c.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`
}

export { createHelpdeskClient }

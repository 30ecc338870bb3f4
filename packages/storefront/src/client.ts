// The one place that talks to the plugin's store API. The Next.js server functions (server.ts) and
// the embed use it; both modes send the same headers.
import type {
  Article,
  ArticleCategory,
  ArticleSummary,
  CallbackInput,
  CreateTicketInput,
  CreateTicketResult,
  List,
  Message,
  OrderOption,
  RatingInput,
  ReplyInput,
  Suggestions,
  Ticket,
  UploadedFile,
} from "./types.js"

/** The part of a `@medusajs/js-sdk` instance this package uses (`sdk.client.fetch`). */
export type MedusaSdkLike = {
  client: { fetch<T = unknown>(path: string, init?: Record<string, unknown>): Promise<T> }
}

/** Plain mode (the embed, or any site without the js-sdk). */
export type PlainClientOptions = {
  /** The Medusa backend, e.g. `https://api.example.com`. */
  baseUrl: string
  publishableKey: string
  /** The signed-in customer's JWT, sent as `Authorization: Bearer`; read before every request. */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>
  fetch?: typeof fetch
}

/** Per-request context: who is asking, in which language. */
export type RequestContext = {
  /** Extra headers, e.g. the Next.js starter's `await getAuthHeaders()` (`{ authorization }`). */
  headers?: Record<string, string>
  /** A guest's private ticket token (from the private link), sent as `x-ticket-token`. */
  ticketToken?: string | null
  /** The shopper's language, sent as `x-medusa-locale` (articles, suggestions, new tickets). */
  locale?: string | null
  /** A random id kept per browser, sent as `x-helpdesk-visitor` (counts article feedback once). */
  visitorId?: string | null
  /** Passed on to `fetch` as is, e.g. Next.js `{ next: { tags: ["helpdesk"] } }` or `{ cache: "no-store" }`. */
  fetchOptions?: Record<string, unknown>
}

export class HelpdeskApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type?: string,
    readonly retryAfterSeconds?: number
  ) {
    super(message)
    this.name = "HelpdeskApiError"
  }
}

export const isMedusaSdk = (v: unknown): v is MedusaSdkLike =>
  !!v && typeof v === "object" && typeof (v as any).client?.fetch === "function"

type Method = "GET" | "POST"
type Send = { method: Method; path: string; query?: Record<string, unknown>; body?: unknown; raw?: boolean; headers?: Record<string, string> }

/** The headers every request carries besides the publishable key and the customer token. */
export function contextHeaders(ctx: RequestContext): Record<string, string> {
  const h: Record<string, string> = {}
  if (ctx.ticketToken) h["x-ticket-token"] = ctx.ticketToken
  if (ctx.locale) h["x-medusa-locale"] = ctx.locale
  if (ctx.visitorId) h["x-helpdesk-visitor"] = ctx.visitorId
  return { ...h, ...(ctx.headers ?? {}) }
}

function queryString(query: Record<string, unknown> = {}): string {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === "") continue
    if (Array.isArray(v)) v.forEach((x) => qs.append(k, String(x)))
    else qs.append(k, String(v))
  }
  const s = qs.toString()
  return s ? `?${s}` : ""
}

function plainSender(opts: PlainClientOptions, ctx: RequestContext) {
  const doFetch = opts.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a))
  const base = opts.baseUrl.replace(/\/+$/, "")
  return async ({ method, path, query, body, raw, headers: extra }: Send) => {
    const headers: Record<string, string> = { "x-publishable-api-key": opts.publishableKey, accept: "application/json" }
    const token = opts.getToken ? await opts.getToken() : undefined
    if (token) headers.authorization = `Bearer ${token}`
    Object.assign(headers, contextHeaders(ctx), extra ?? {})
    let payload: BodyInit | undefined
    if (typeof FormData !== "undefined" && body instanceof FormData) payload = body
    else if (body !== undefined) {
      headers["content-type"] = "application/json"
      payload = JSON.stringify(body)
    }
    const res = await doFetch(`${base}${path}${queryString(query)}`, {
      method,
      headers,
      body: payload,
      // Tokens travel in headers; no cookies, so a cross-site page cannot act with the backend's session.
      credentials: "omit",
      ...(ctx.fetchOptions ?? {}),
    } as RequestInit)
    if (!res.ok) {
      const data: any = await res.json().catch(() => ({}))
      const retry = res.headers.get("retry-after")
      throw new HelpdeskApiError(res.status, data?.message || res.statusText, data?.type, retry ? Number(retry) : undefined)
    }
    if (raw) return res
    return res.status === 204 ? {} : res.json()
  }
}

function sdkSender(sdk: MedusaSdkLike, ctx: RequestContext) {
  return async ({ method, path, query, body, raw, headers: extra }: Send) => {
    const headers: Record<string, string | null> = { ...contextHeaders(ctx), ...(extra ?? {}) }
    const isForm = typeof FormData !== "undefined" && body instanceof FormData
    // js-sdk sets JSON content-type by default; null removes it so fetch writes the multipart boundary.
    if (isForm) headers["content-type"] = null
    if (raw) headers.accept = "*/*"
    try {
      return await sdk.client.fetch(path, {
        method,
        headers,
        ...(query ? { query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")) } : {}),
        ...(body !== undefined ? { body } : {}),
        ...(ctx.fetchOptions ?? {}),
      })
    } catch (e: any) {
      if (e instanceof HelpdeskApiError) throw e
      const status = typeof e?.status === "number" ? e.status : 0
      throw new HelpdeskApiError(status, e?.message || "Request failed")
    }
  }
}

const enc = encodeURIComponent
const ticketPath = (id: string) => `/store/support/tickets/${enc(id)}`
const articlePath = (handle: string) => `/store/support/articles/${enc(handle)}`
const ATTACHMENT_PATH = /^\/store\/support\/tickets\/[^/?#@]+\/attachments\/[^/?#@]+$/

export type HelpdeskClient = ReturnType<typeof createHelpdeskClient>

/**
 * A client of the help center API, from a js-sdk instance (`new Medusa({ baseUrl, publishableKey })`)
 * or from `{ baseUrl, publishableKey, getToken? }`. `context` adds headers to every request
 * (auth headers, a guest's ticket token, locale); `withContext` returns a client with more.
 */
export function createHelpdeskClient(target: MedusaSdkLike | PlainClientOptions, context: RequestContext = {}) {
  const send = isMedusaSdk(target) ? sdkSender(target, context) : plainSender(target, context)
  const get = <T>(path: string, query?: Record<string, unknown>) => send({ method: "GET", path, query }) as Promise<T>
  const post = <T>(path: string, body: unknown = {}) => send({ method: "POST", path, body }) as Promise<T>

  return {
    context,
    withContext: (more: RequestContext) =>
      createHelpdeskClient(target, { ...context, ...more, headers: { ...(context.headers ?? {}), ...(more.headers ?? {}) } }),

    listArticleCategories: async () =>
      (await get<{ article_categories: ArticleCategory[] }>("/store/support/article-categories")).article_categories,
    listArticles: (params: { q?: string; category?: string; limit?: number; offset?: number } = {}) =>
      get<List<"articles", ArticleSummary>>("/store/support/articles", params),
    retrieveArticle: async (handle: string) => (await get<{ article: Article }>(articlePath(handle))).article,
    /** Counted once per visitor; a later vote changes nothing. */
    articleFeedback: async (handle: string, helpful: boolean) =>
      (await post<{ article: Article }>(`${articlePath(handle)}/feedback`, { helpful })).article,
    /** The shopper read this article from the contact form and left without opening a ticket. */
    articleDeflected: async (handle: string) => {
      await post(`${articlePath(handle)}/deflected`, {})
    },
    suggestions: (q: string) => get<Suggestions>("/store/support/suggestions", { q }),

    listTickets: (params: { status?: string | string[]; limit?: number; offset?: number } = {}) =>
      get<List<"tickets", Ticket>>("/store/support/tickets", params),
    retrieveTicket: async (id: string) => (await get<{ ticket: Ticket }>(ticketPath(id))).ticket,
    listMessages: (id: string, params: { before?: string; limit?: number } = {}) =>
      get<{ messages: Message[]; count: number; limit: number; has_more: boolean }>(`${ticketPath(id)}/messages`, params),
    createTicket: (input: CreateTicketInput, opts: { idempotencyKey?: string } = {}) =>
      send({
        method: "POST",
        path: "/store/support/tickets",
        body: input,
        headers: opts.idempotencyKey ? { "idempotency-key": opts.idempotencyKey } : undefined,
      }) as Promise<CreateTicketResult>,
    reply: async (id: string, input: ReplyInput) => (await post<{ ticket: Ticket }>(`${ticketPath(id)}/messages`, input)).ticket,
    close: async (id: string) => (await post<{ ticket: Ticket }>(`${ticketPath(id)}/close`)).ticket,
    reopen: async (id: string) => (await post<{ ticket: Ticket }>(`${ticketPath(id)}/reopen`)).ticket,
    rate: async (id: string, input: RatingInput) => (await post<{ ticket: Ticket }>(`${ticketPath(id)}/rating`, input)).ticket,
    requestCallback: async (id: string, input: CallbackInput) =>
      (await post<{ ticket: Ticket }>(`${ticketPath(id)}/callback`, input)).ticket,
    /** Up to 5 files (PNG, JPEG, GIF, WebP, PDF; 10 MB each), or a FormData with `files` entries. */
    upload: async (files: FormData | Blob[]) => {
      let form: FormData
      if (typeof FormData !== "undefined" && files instanceof FormData) form = files
      else {
        form = new FormData()
        for (const f of files as Blob[]) form.append("files", f, (f as File).name || "upload")
      }
      return (await post<{ files: UploadedFile[] }>("/store/support/uploads", form)).files
    },
    /**
     * An attachment's bytes, fetched with this client's headers (a bare `<img src>` cannot send
     * them). Only this API's attachment paths: tokens never go to another address.
     */
    downloadAttachment: async (url: string): Promise<Blob> => {
      if (!ATTACHMENT_PATH.test(url)) throw new HelpdeskApiError(400, "Not an attachment url of this API", "invalid_data")
      const res = (await send({ method: "GET", path: url, raw: true })) as Response
      return res.blob()
    },
    /** The signed-in customer's recent orders (Medusa's `GET /store/orders`), for the order picker. */
    listOrders: async (params: { limit?: number } = {}) =>
      (
        await get<{ orders: OrderOption[] }>("/store/orders", {
          fields: "id,display_id,created_at,total,currency_code",
          limit: params.limit ?? 20,
          order: "-created_at",
        })
      ).orders,
  }
}

/**
 * A guest's ticket token from a private link: `?token=` or `#token=` (the fragment form never
 * reaches a server's logs). Returns null when there is none.
 */
export function readTicketToken(url: string | URL): string | null {
  let u: URL
  try {
    u = typeof url === "string" ? new URL(url, "http://x.invalid") : url
  } catch {
    return null
  }
  const fromQuery = u.searchParams.get("token")
  if (fromQuery) return fromQuery
  const hash = u.hash.replace(/^#/, "")
  if (!hash) return null
  const fromHash = new URLSearchParams(hash).get("token")
  return fromHash || null
}

import type {
  StoreAnswerSupportSurvey,
  StoreSupportSurveyResponse,
  StoreAddSupportMessage,
  StoreSupportArticleCategoryListResponse,
  StoreSupportArticleListResponse,
  StoreSupportArticleResponse,
  StoreSupportSuggestionsResponse,
  StoreCreateSupportTicket,
  StoreCreateSupportTicketResponse,
  StoreRateSupportTicket,
  StoreSupportTicketListResponse,
  StoreSupportTicketResponse,
  StoreSupportUploadResponse,
} from "./types"

export * from "./types"

export type SupportClientOptions = {
  /** The Medusa backend, e.g. https://api.example.com */
  baseUrl: string
  publishableKey: string
  /** The signed-in customer's JWT, if any. */
  customerToken?: string | (() => string | undefined)
  /** A guest's ticket token (from creating the ticket), if any. */
  ticketToken?: string | (() => string | undefined)
  fetch?: typeof fetch
  /** The shopper's language for articles (sent as `x-medusa-locale`), e.g. "ko". */
  locale?: string | (() => string | undefined)
  /**
   * A random id the storefront keeps per browser (e.g. in localStorage), sent as
   * `x-helpdesk-visitor`: tells guests behind one address apart when counting article feedback.
   */
  visitorId?: string | (() => string | undefined)
}

export class SupportApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string | undefined,
    message: string,
    readonly retryAfterSeconds?: number
  ) {
    super(message)
  }
}

const value = (v: string | (() => string | undefined) | undefined) => (typeof v === "function" ? v() : v)

/**
 * A small typed client for the storefront's support pages. Tokens travel in headers only, never
 * in URLs.
 */
export function createSupportClient(options: SupportClientOptions) {
  const doFetch = options.fetch ?? fetch
  async function send(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<Response> {
    const headers: Record<string, string> = { "x-publishable-api-key": options.publishableKey, ...extra }
    const customer = value(options.customerToken)
    const ticket = value(options.ticketToken)
    if (customer) headers.authorization = `Bearer ${customer}`
    if (ticket) headers["x-ticket-token"] = ticket
    const locale = value(options.locale)
    const visitor = value(options.visitorId)
    if (locale) headers["x-medusa-locale"] = locale
    if (visitor) headers["x-helpdesk-visitor"] = visitor
    let payload: BodyInit | undefined
    if (body instanceof FormData) payload = body
    else if (body !== undefined) {
      headers["content-type"] = "application/json"
      payload = JSON.stringify(body)
    }
    const res = await doFetch(`${options.baseUrl.replace(/\/$/, "")}${path}`, { method, headers, body: payload, credentials: "include" })
    if (!res.ok) {
      const data = await res.json().catch(() => ({}))
      const retry = res.headers.get("retry-after")
      throw new SupportApiError(res.status, data.type, data.message ?? res.statusText, retry ? Number(retry) : undefined)
    }
    return res
  }
  async function call<T>(method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<T> {
    const res = await send(method, path, body, extra)
    return (await res.json().catch(() => ({}))) as T
  }
  const ticketPath = (id: string) => `/store/support/tickets/${encodeURIComponent(id)}`
  const articlePath = (handle: string) => `/store/support/articles/${encodeURIComponent(handle)}`
  const query = (params: Record<string, string | number | undefined>) => {
    const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
    return qs.size ? `?${qs}` : ""
  }

  return {
    createTicket: (body: StoreCreateSupportTicket, opts: { idempotencyKey?: string } = {}) =>
      call<StoreCreateSupportTicketResponse>("POST", "/store/support/tickets", body, opts.idempotencyKey ? { "idempotency-key": opts.idempotencyKey } : {}),
    listTickets: (query: { status?: string; limit?: number; offset?: number } = {}) => {
      const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]))
      return call<StoreSupportTicketListResponse>("GET", `/store/support/tickets${qs.size ? `?${qs}` : ""}`)
    },
    retrieveTicket: (id: string) => call<StoreSupportTicketResponse>("GET", ticketPath(id)),
    reply: (id: string, body: StoreAddSupportMessage) => call<StoreSupportTicketResponse>("POST", `${ticketPath(id)}/messages`, body),
    close: (id: string) => call<StoreSupportTicketResponse>("POST", `${ticketPath(id)}/close`, {}),
    reopen: (id: string) => call<StoreSupportTicketResponse>("POST", `${ticketPath(id)}/reopen`, {}),
    rate: (id: string, body: StoreRateSupportTicket) => call<StoreSupportTicketResponse>("POST", `${ticketPath(id)}/rating`, body),
    upload: (files: Blob[] | File[]) => {
      const form = new FormData()
      for (const f of files) form.append("files", f, (f as File).name ?? "upload")
      return call<StoreSupportUploadResponse>("POST", "/store/support/uploads", form)
    },
    listArticles: (params: { q?: string; category?: string; limit?: number; offset?: number } = {}) =>
      call<StoreSupportArticleListResponse>("GET", `/store/support/articles${query(params)}`),
    retrieveArticle: (handle: string) => call<StoreSupportArticleResponse>("GET", articlePath(handle)),
    listArticleCategories: () => call<StoreSupportArticleCategoryListResponse>("GET", "/store/support/article-categories"),
    /** Counted once per visitor; a later vote changes nothing. */
    articleFeedback: (handle: string, helpful: boolean) =>
      call<StoreSupportArticleResponse>("POST", `${articlePath(handle)}/feedback`, { helpful }),
    /** The shopper read this article from the contact form and left without opening a ticket. */
    articleDeflected: (handle: string) => call<StoreSupportArticleResponse>("POST", `${articlePath(handle)}/deflected`, {}),
    /** The satisfaction survey a survey link's token opens (404 unknown, 410 expired or closed). */
    retrieveSurvey: (token: string) =>
      call<StoreSupportSurveyResponse>("GET", `/store/support/surveys/${encodeURIComponent(token)}`),
    /** Answers it once (409 after). */
    answerSurvey: (token: string, body: StoreAnswerSupportSurvey) =>
      call<StoreSupportSurveyResponse>("POST", `/store/support/surveys/${encodeURIComponent(token)}`, body),
    suggestions: (q: string) => call<StoreSupportSuggestionsResponse>("GET", `/store/support/suggestions${query({ q })}`),
    /**
     * The bytes of an attachment, fetched with the same headers as every call (a bare `<img src>`
     * cannot send them): show it with `URL.createObjectURL(blob)`. `url` is an attachment's `url`.
     */
    downloadAttachment: async (url: string): Promise<Blob> => {
      // Only this API's attachment paths: the tokens must never go to another address.
      if (!/^\/store\/support\/tickets\/[^/?#@]+\/attachments\/[^/?#@]+$/.test(url)) {
        throw new SupportApiError(400, "invalid_data", "Not an attachment url of this API")
      }
      return (await send("GET", url)).blob()
    },
  }
}

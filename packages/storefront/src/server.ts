// Data functions for server code (Next.js server components and server actions). Each takes the
// app's js-sdk instance and the request's auth headers (the starter's `await getAuthHeaders()`),
// so the customer's token stays on the server.
import { createHelpdeskClient, type MedusaSdkLike, type RequestContext } from "./client.js"
import type {
  CallbackInput,
  CreateTicketInput,
  RatingInput,
  ReplyInput,
} from "./types.js"

export type ServerOptions = RequestContext
export type { MedusaSdkLike, RequestContext } from "./client.js"
export { HelpdeskApiError, readTicketToken } from "./client.js"
export * from "./types.js"

const c = (sdk: MedusaSdkLike, opts: ServerOptions = {}) => createHelpdeskClient(sdk, opts)

/** What the help home shows: categories and the first articles (by the merchant's order). */
export async function getHelpHome(sdk: MedusaSdkLike, opts: ServerOptions & { limit?: number } = {}) {
  const client = c(sdk, opts)
  const [categories, popular] = await Promise.all([
    client.listArticleCategories(),
    client.listArticles({ limit: opts.limit ?? 6 }),
  ])
  return { categories, articles: popular.articles }
}

export const listArticleCategories = (sdk: MedusaSdkLike, opts: ServerOptions = {}) => c(sdk, opts).listArticleCategories()
export const listArticles = (
  sdk: MedusaSdkLike,
  params: { q?: string; category?: string; limit?: number; offset?: number } = {},
  opts: ServerOptions = {}
) => c(sdk, opts).listArticles(params)
/** Throws `HelpdeskApiError` with status 404 for an unknown or unpublished handle. */
export const retrieveArticle = (sdk: MedusaSdkLike, handle: string, opts: ServerOptions = {}) =>
  c(sdk, opts).retrieveArticle(handle)
export const getSuggestions = (sdk: MedusaSdkLike, q: string, opts: ServerOptions = {}) => c(sdk, opts).suggestions(q)
export const sendArticleFeedback = (sdk: MedusaSdkLike, handle: string, helpful: boolean, opts: ServerOptions = {}) =>
  c(sdk, opts).articleFeedback(handle, helpful)
export const markArticleDeflected = (sdk: MedusaSdkLike, handle: string, opts: ServerOptions = {}) =>
  c(sdk, opts).articleDeflected(handle)

/** The signed-in customer's tickets (401 as `HelpdeskApiError` without auth headers). */
export const listTickets = (
  sdk: MedusaSdkLike,
  params: { status?: string | string[]; limit?: number; offset?: number } = {},
  opts: ServerOptions = {}
) => c(sdk, opts).listTickets(params)
/** A ticket with its newest messages: the owner's auth headers, or `ticketToken` for a guest. */
export const retrieveTicket = (sdk: MedusaSdkLike, id: string, opts: ServerOptions = {}) => c(sdk, opts).retrieveTicket(id)
export const listTicketMessages = (
  sdk: MedusaSdkLike,
  id: string,
  params: { before?: string; limit?: number } = {},
  opts: ServerOptions = {}
) => c(sdk, opts).listMessages(id, params)
/** The signed-in customer's recent orders for the contact form's order picker ([] for guests). */
export async function listCustomerOrders(sdk: MedusaSdkLike, opts: ServerOptions & { limit?: number } = {}) {
  const auth = Object.keys(opts.headers ?? {}).some((k) => k.toLowerCase() === "authorization")
  if (!auth) return []
  return c(sdk, opts).listOrders({ limit: opts.limit })
}

export const createTicket = (
  sdk: MedusaSdkLike,
  input: CreateTicketInput,
  opts: ServerOptions & { idempotencyKey?: string } = {}
) => c(sdk, opts).createTicket(input, { idempotencyKey: opts.idempotencyKey })
export const replyToTicket = (sdk: MedusaSdkLike, id: string, input: ReplyInput, opts: ServerOptions = {}) =>
  c(sdk, opts).reply(id, input)
export const closeTicket = (sdk: MedusaSdkLike, id: string, opts: ServerOptions = {}) => c(sdk, opts).close(id)
export const reopenTicket = (sdk: MedusaSdkLike, id: string, opts: ServerOptions = {}) => c(sdk, opts).reopen(id)
export const rateTicket = (sdk: MedusaSdkLike, id: string, input: RatingInput, opts: ServerOptions = {}) =>
  c(sdk, opts).rate(id, input)
export const requestCallback = (sdk: MedusaSdkLike, id: string, input: CallbackInput, opts: ServerOptions = {}) =>
  c(sdk, opts).requestCallback(id, input)
/** A FormData with `files` entries (as a form posts it to a server action). */
export const uploadFiles = (sdk: MedusaSdkLike, files: FormData | Blob[], opts: ServerOptions = {}) =>
  c(sdk, opts).upload(files)
/** An attachment's bytes, for a route handler that streams it to the shopper. */
export const downloadAttachment = (sdk: MedusaSdkLike, url: string, opts: ServerOptions = {}) =>
  c(sdk, opts).downloadAttachment(url)

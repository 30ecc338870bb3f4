"use server"
// The help center's server actions: what the package's client components (ContactForm,
// TicketThread, ArticleFeedback) call to write. Each runs here on the server, with the
// customer's auth headers from the httpOnly cookie, so the token never reaches the browser.
// Errors come back as values: Next.js hides a thrown error's message in production.
import * as helpdesk from "medusa-plugin-helpdesk-storefront/server"
import type {
  CallbackInput,
  CreateTicketInput,
  RatingInput,
  ReplyInput,
  TicketAccess,
} from "medusa-plugin-helpdesk-storefront"
import { sdk } from "@lib/config"
import { getAuthHeaders, getVisitorId } from "./cookies"

async function context(access?: TicketAccess) {
  return { headers: await getAuthHeaders(), ticketToken: access?.ticketToken ?? null }
}

async function result<T>(work: () => Promise<T>) {
  try {
    return await work()
  } catch (e) {
    const err = e as { status?: number; message?: string; type?: string }
    const status = typeof err.status === "number" ? err.status : 500
    // A 4xx says what to fix; anything else stays generic (it may carry server details).
    return { error: { status, type: err.type, message: status < 500 ? err.message : undefined } }
  }
}

export async function createTicket(input: CreateTicketInput) {
  return result(async () => helpdesk.createTicket(sdk, input, await context()))
}

export async function uploadFiles(form: FormData, access?: TicketAccess) {
  return result(async () => helpdesk.uploadFiles(sdk, form, await context(access)))
}

export async function suggest(q: string) {
  return result(async () => helpdesk.getSuggestions(sdk, q, await context()))
}

export async function articleFeedback(handle: string, helpful: boolean) {
  return result(async () =>
    helpdesk.sendArticleFeedback(sdk, handle, helpful, { ...(await context()), visitorId: await getVisitorId(true) })
  )
}

export async function articleDeflected(handle: string) {
  return result(async () =>
    helpdesk.markArticleDeflected(sdk, handle, { ...(await context()), visitorId: await getVisitorId(true) })
  )
}

export async function retrieveTicket(id: string, access?: TicketAccess) {
  return result(async () => helpdesk.retrieveTicket(sdk, id, await context(access)))
}

export async function reply(id: string, input: ReplyInput, access?: TicketAccess) {
  return result(async () => helpdesk.replyToTicket(sdk, id, input, await context(access)))
}

export async function closeTicket(id: string, access?: TicketAccess) {
  return result(async () => helpdesk.closeTicket(sdk, id, await context(access)))
}

export async function reopenTicket(id: string, access?: TicketAccess) {
  return result(async () => helpdesk.reopenTicket(sdk, id, await context(access)))
}

export async function rateTicket(id: string, input: RatingInput, access?: TicketAccess) {
  return result(async () => helpdesk.rateTicket(sdk, id, input, await context(access)))
}

export async function requestCallback(id: string, input: CallbackInput, access?: TicketAccess) {
  return result(async () => helpdesk.requestCallback(sdk, id, input, await context(access)))
}

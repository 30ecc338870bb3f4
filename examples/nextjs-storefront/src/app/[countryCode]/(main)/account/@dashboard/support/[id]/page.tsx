import { notFound } from "next/navigation"
import { TicketThread } from "medusa-plugin-helpdesk-storefront"
import { HelpdeskApiError, retrieveTicket } from "medusa-plugin-helpdesk-storefront/server"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "@lib/data/cookies"
import { threadActions } from "@lib/data/thread-actions"
import { helpPaths, type PageProps } from "@lib/help"

export default async function SupportTicket({ params }: PageProps<{ id: string }>) {
  const [{ countryCode, id }, headers] = await Promise.all([params, getAuthHeaders()])
  const ticket = await retrieveTicket(sdk, id, { headers }).catch((e) => {
    if (e instanceof HelpdeskApiError && (e.status === 404 || e.status === 403)) notFound()
    throw e
  })
  return <TicketThread ticket={ticket} actions={threadActions} paths={helpPaths(countryCode)} />
}

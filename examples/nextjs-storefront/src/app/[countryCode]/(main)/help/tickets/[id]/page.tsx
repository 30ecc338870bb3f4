import { TicketThread } from "medusa-plugin-helpdesk-storefront"
import { retrieveTicket } from "medusa-plugin-helpdesk-storefront/server"
import { sdk } from "@lib/config"
import { threadActions } from "@lib/data/thread-actions"
import { helpPaths, type PageProps } from "@lib/help"

// A guest's private link. The contact form puts the token in the fragment (#token=), which the
// browser never sends: the thread reads it and loads through the retrieveTicket action. Links
// with ?token= (the plugin's email setting) are loaded here on the server.
export default async function GuestTicket({ params, searchParams }: PageProps<{ id: string }>) {
  const [{ countryCode, id }, { token }] = await Promise.all([params, searchParams])
  const ticket = token ? await retrieveTicket(sdk, id, { ticketToken: token }).catch(() => null) : undefined
  return (
    <TicketThread
      ticketId={id}
      ticket={ticket}
      ticketToken={token}
      actions={threadActions}
      paths={helpPaths(countryCode)}
    />
  )
}

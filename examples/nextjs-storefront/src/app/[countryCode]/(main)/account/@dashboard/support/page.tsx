import { TicketList } from "medusa-plugin-helpdesk-storefront"
import { listTickets } from "medusa-plugin-helpdesk-storefront/server"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "@lib/data/cookies"
import { helpPaths, type PageProps } from "@lib/help"

export default async function Support({ params }: PageProps) {
  const [{ countryCode }, headers] = await Promise.all([params, getAuthHeaders()])
  const { tickets } = await listTickets(sdk, { limit: 50 }, { headers })
  return <TicketList tickets={tickets} paths={helpPaths(countryCode)} />
}

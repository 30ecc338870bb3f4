import { ContactForm } from "medusa-plugin-helpdesk-storefront"
import { listCustomerOrders } from "medusa-plugin-helpdesk-storefront/server"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "@lib/data/cookies"
import { articleDeflected, createTicket, requestCallback, suggest, uploadFiles } from "@lib/data/helpdesk"
import { guestTicketPath, helpPaths, type PageProps } from "@lib/help"

export default async function Contact({ params }: PageProps) {
  const [{ countryCode }, headers] = await Promise.all([params, getAuthHeaders()])
  const signedIn = "authorization" in headers
  const orders = signedIn ? await listCustomerOrders(sdk, { headers }).catch(() => []) : []
  return (
    <ContactForm
      actions={{ createTicket, upload: uploadFiles, suggest, requestCallback, articleDeflected }}
      signedIn={signedIn}
      orders={orders}
      paths={helpPaths(countryCode)}
      ticketUrl={guestTicketPath(countryCode)}
    />
  )
}

import type { HelpPaths } from "medusa-plugin-helpdesk-storefront"

/** Where this storefront mounts the help center's pages, under the starter's country code. */
export function helpPaths(countryCode: string): HelpPaths {
  const base = `/${countryCode}`
  return {
    home: `${base}/help`,
    search: `${base}/help`,
    article: `${base}/help/articles/:handle`,
    category: `${base}/help?category=:handle`,
    contact: `${base}/help/contact`,
    tickets: `${base}/account/support`,
    ticket: `${base}/account/support/:id`,
  }
}

/** A guest's ticket page: the private link (`#token=` is added by the contact form). */
export const guestTicketPath = (countryCode: string) => `/${countryCode}/help/tickets/:id`

type Params = Promise<{ countryCode: string }>
export type PageProps<P = {}> = { params: Promise<Awaited<Params> & P>; searchParams: Promise<Record<string, string | undefined>> }

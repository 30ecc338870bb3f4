import { HelpHome } from "medusa-plugin-helpdesk-storefront"
import { getHelpHome, listArticles } from "medusa-plugin-helpdesk-storefront/server"
import { sdk } from "@lib/config"
import { getAuthHeaders } from "@lib/data/cookies"
import { helpPaths, type PageProps } from "@lib/help"

export default async function HelpPage({ params, searchParams }: PageProps) {
  const [{ countryCode }, { q, category }, headers] = await Promise.all([params, searchParams, getAuthHeaders()])
  const [home, found] = await Promise.all([
    getHelpHome(sdk, { headers }),
    q || category ? listArticles(sdk, { q, category, limit: 20 }, { headers }) : null,
  ])
  return (
    <HelpHome
      categories={home.categories}
      articles={found ? found.articles : home.articles}
      query={q}
      category={category}
      showMyTickets={"authorization" in headers}
      paths={helpPaths(countryCode)}
    />
  )
}

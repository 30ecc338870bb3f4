import { notFound } from "next/navigation"
import { ArticlePage } from "medusa-plugin-helpdesk-storefront"
import { HelpdeskApiError, retrieveArticle } from "medusa-plugin-helpdesk-storefront/server"
import { sdk } from "@lib/config"
import { articleFeedback } from "@lib/data/helpdesk"
import { helpPaths, type PageProps } from "@lib/help"

export default async function Article({ params }: PageProps<{ handle: string }>) {
  const { countryCode, handle } = await params
  const article = await retrieveArticle(sdk, handle).catch((e) => {
    if (e instanceof HelpdeskApiError && e.status === 404) notFound()
    throw e
  })
  return <ArticlePage article={article} onFeedback={articleFeedback} paths={helpPaths(countryCode)} />
}

import { articlePlainText, renderArticleHtml } from "../../modules/helpdesk/domain/articles/markdown"
import { articleSearchColumns } from "../../modules/helpdesk/domain/articles/search"

/** The columns derived from an article's title and body: its HTML and its search tokens. */
export function derivedArticleColumns(title: string, body: string) {
  return { body_html: renderArticleHtml(body), ...articleSearchColumns(title, articlePlainText(body)) }
}

import type { Article } from "../types.js"
import { ArticleFeedback } from "./ArticleFeedback.js"
import { cx, formatDayFor, href, setup, type ActionResult, type CommonProps } from "./shared.js"

export type ArticlePageProps = CommonProps & {
  article: Article
  /** Sends the helpful / not helpful vote; without it no feedback buttons are shown. */
  onFeedback?: (handle: string, helpful: boolean) => ActionResult<unknown>
}

/** One article. `body_html` was sanitised by the server and is rendered as is. */
export function ArticlePage(props: ArticlePageProps) {
  const { t, paths } = setup(props)
  const { article } = props
  return (
    <article className={cx("mhd", "mhd-article", props.className)} lang={article.locale || props.locale || "en"}>
      <p className="mhd-breadcrumb" lang={props.locale || "en"}>
        <a className="mhd-link" href={paths.home} data-mhd-route="home">
          {t("help.back")}
        </a>
        {article.category && (
          <>
            {" / "}
            <a className="mhd-link" href={href(paths.category, { handle: article.category.handle })} data-mhd-route="category" dir="auto">
              {article.category.title}
            </a>
          </>
        )}
      </p>
      <h1 className="mhd-title" dir="auto">
        {article.title}
      </h1>
      <p className="mhd-muted mhd-small" lang={props.locale || "en"}>
        {t("article.updated", { date: formatDayFor(article.updated_at, props) })}
      </p>
      <div className="mhd-prose" dir="auto" dangerouslySetInnerHTML={{ __html: article.body_html }} />
      {article.translations.length > 0 && (
        <p className="mhd-translations" lang={props.locale || "en"}>
          {t("article.translations")}{" "}
          {article.translations.map((tr, i) => (
            <span key={tr.locale}>
              {i > 0 && ", "}
              <a className="mhd-link" href={href(paths.article, { handle: tr.handle })} data-mhd-route="article" lang={tr.locale} hrefLang={tr.locale} dir="auto">
                {tr.title}
              </a>
            </span>
          ))}
        </p>
      )}
      {props.onFeedback && (
        <div lang={props.locale || "en"}>
          <ArticleFeedback handle={article.handle} onFeedback={props.onFeedback} locale={props.locale} messages={props.messages} />
        </div>
      )}
    </article>
  )
}

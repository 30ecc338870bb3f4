import type { ArticleCategory, ArticleSummary } from "../types.js"
import { cx, href, setup, type CommonProps } from "./shared.js"

export type HelpHomeProps = CommonProps & {
  categories: ArticleCategory[]
  /** The popular articles (no `query`), or the search results (with `query`). */
  articles: ArticleSummary[]
  /** The search the shopper made, if any (the `q` of the search form, a GET form). */
  query?: string
  /** The category being shown, if any (a handle). */
  category?: string
  /** Show the "My tickets" link (signed-in shoppers). */
  showMyTickets?: boolean
}

/** Search box, categories and popular articles (or search results). No client JavaScript. */
export function HelpHome(props: HelpHomeProps) {
  const { t, paths, lang } = setup(props)
  const { categories, articles, query, category } = props
  const current = categories.find((c) => c.handle === category)
  return (
    <div className={cx("mhd", "mhd-home", props.className)} lang={lang}>
      <h1 className="mhd-title">{current ? current.title : t("help.title")}</h1>
      <form className="mhd-search" role="search" method="get" action={paths.search} data-mhd-route="search">
        <label className="mhd-label" htmlFor="mhd-search-q">
          {t("help.searchLabel")}
        </label>
        <div className="mhd-search-row">
          <input
            id="mhd-search-q"
            className="mhd-input"
            type="search"
            name="q"
            dir="auto"
            defaultValue={query ?? ""}
            placeholder={t("help.searchPlaceholder")}
            maxLength={200}
          />
          <button className="mhd-button mhd-button-primary" type="submit">
            {t("help.searchButton")}
          </button>
        </div>
      </form>
      {categories.length > 0 && (
        <nav className="mhd-section" aria-labelledby="mhd-categories-h">
          <h2 id="mhd-categories-h" className="mhd-subtitle">
            {t("help.categories")}
          </h2>
          <ul className="mhd-categories">
            {categories.map((c) => (
              <li key={c.id}>
                <a
                  className="mhd-card"
                  href={href(paths.category, { handle: c.handle })}
                  data-mhd-route="category"
                  aria-current={c.handle === category ? "page" : undefined}
                >
                  <span className="mhd-card-title" dir="auto">
                    {c.title}
                  </span>
                  {c.description && (
                    <span className="mhd-card-text" dir="auto">
                      {c.description}
                    </span>
                  )}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section className="mhd-section" aria-labelledby="mhd-articles-h" aria-live="polite">
        <h2 id="mhd-articles-h" className="mhd-subtitle">
          {query ? t("help.results", { q: query }) : t("help.popular")}
        </h2>
        {articles.length === 0 ? (
          <p className="mhd-muted">{query ? t("help.noResults", { q: query }) : t("help.noArticles")}</p>
        ) : (
          <ul className="mhd-articles">
            {articles.map((a) => (
              <li key={a.id}>
                <a className="mhd-link" href={href(paths.article, { handle: a.handle })} data-mhd-route="article" lang={a.locale} dir="auto">
                  {a.title}
                </a>
                {a.category && (
                  <span className="mhd-muted mhd-small" dir="auto">
                    {" "}
                    · {a.category.title}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mhd-actions">
        <a className="mhd-button mhd-button-primary" href={paths.contact} data-mhd-route="contact">
          {t("help.contact")}
        </a>
        {props.showMyTickets && (
          <a className="mhd-button" href={paths.tickets} data-mhd-route="tickets">
            {t("help.myTickets")}
          </a>
        )}
      </p>
    </div>
  )
}

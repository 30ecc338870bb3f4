import { HELPDESK_MODULE } from "../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../modules/helpdesk/service"
import { createArticleCategoriesWorkflow, createArticlesWorkflow } from "../../workflows"
import { ARTICLE_CATEGORIES, TOPICS } from "./articles"
import { Container, Logger } from "./types"

const LOCALES = ["en", "ko", "el"] as const

/**
 * Published knowledge-base articles in English, Korean and Greek (demo/articles.ts), through the
 * plugin's workflows. A topic is looked up by `metadata.demo_key` and locale, so a second run
 * creates only what is missing and links it to the topic's existing translations.
 */
export async function seedKnowledgeBase(container: Container, logger: Logger): Promise<void> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  logger.info("Seeding knowledge-base articles...")

  const existingCategories = await helpdesk.listSupportArticleCategories({}, { select: ["id", "handle"] })
  const missingCategories = ARTICLE_CATEGORIES.map((c, i) => ({ ...c, position: i })).filter(
    (c) => !existingCategories.some((e) => e.handle === c.handle)
  )
  if (missingCategories.length) {
    await createArticleCategoriesWorkflow(container).run({ input: { article_categories: missingCategories } })
  }
  const categories = await helpdesk.listSupportArticleCategories({}, { select: ["id", "handle"] })
  const categoryId = (handle: string) => categories.find((c) => c.handle === handle)!.id

  const existing: { id: string; locale: string; metadata?: Record<string, unknown> | null }[] =
    await helpdesk.listSupportArticles({}, { select: ["id", "locale", "metadata"], take: null })
  let created = 0
  for (const [position, topic] of TOPICS.entries()) {
    const find = (locale: string) => existing.find((a) => a.metadata?.demo_key === topic.key && a.locale === locale)
    for (const locale of LOCALES) {
      if (find(locale)) continue
      const anchor = LOCALES.map(find).find(Boolean)
      const text = topic[locale]
      const { result } = await createArticlesWorkflow(container).run({
        input: {
          articles: [
            {
              ...text,
              // English handles name the topic; the others come from the title (배송-조회...).
              handle: locale === "en" ? topic.key : undefined,
              locale,
              category_id: categoryId(topic.category),
              published: true,
              position,
              metadata: { demo_key: topic.key },
              translation_of: anchor?.id ?? null,
            },
          ],
        },
      })
      existing.push(...result.map((a) => ({ id: a.id, locale: a.locale, metadata: { demo_key: topic.key } })))
      created++
    }
  }
  logger.info(`Knowledge base: ${created} articles created (${TOPICS.length} topics x ${LOCALES.length} languages).`)
}

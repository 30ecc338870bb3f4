import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import path from "path"
import { useCLocaleDatabase } from "./c-locale-database"
import { HELPDESK_MODULE } from "../domain/constants"
import HelpdeskModuleService from "../service"
import { derivedArticleColumns } from "../../../workflows/articles/article-columns"

jest.setTimeout(60_000)

// Article search on the least helpful database locale (see service.spec.ts): LC_CTYPE 'C'.
const DB_NAME = useCLocaleDatabase("helpdesk-articles-c-locale")

const article = (title: string, body: string, locale: string, extra: Record<string, unknown> = {}) => ({
  title,
  body,
  handle: `${locale}-${Math.random().toString(36).slice(2)}`,
  locale,
  translation_group_id: Math.random().toString(36).slice(2),
  published: true,
  ...derivedArticleColumns(title, body),
  ...extra,
})

moduleIntegrationTestRunner<HelpdeskModuleService>({
  moduleName: HELPDESK_MODULE,
  resolve: path.join(__dirname, ".."),
  dbName: DB_NAME,
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service, MikroOrmWrapper }) => {
    const search = async (q: string, locales?: string[]) =>
      (await service.searchArticleIds({ q, locales, published: true }, { limit: 10, offset: 0 })).ids

    it("runs on a database whose lc_ctype is C", async () => {
      const [row] = await MikroOrmWrapper.getManager().execute("SELECT datctype FROM pg_database WHERE datname = current_database()")
      expect(row.datctype).toBe("C")
    })

    it("finds and ranks Korean, Greek and English articles, title first, typos tolerated", async () => {
      const [ko, el, en, enBody, draft] = await service.createSupportArticles([
        article("환불 요청 방법", "반품 후 5일 안에 처리됩니다.", "ko"),
        article("ΕΠΙΣΤΡΟΦΉ ΧΡΗΜΆΤΩΝ", "Μέσα σε 14 ημέρες.", "el"),
        article("Refunds", "Money back within 10 days.", "en"),
        article("Payments", "A refund goes back to your card.", "en"),
        article("Refund drafts", "not yet", "en", { published: false }),
      ])
      expect(await search("환불")).toEqual([ko.id])
      expect(await search("환불요청합니다")).toEqual([ko.id])
      expect(await search("επιστροφη")).toEqual([el.id])
      expect(await search("ΧΡΗΜΑΤΑ")).toEqual([el.id])
      // Known limit (domain/articles/search.ts): a two-letter ending is not cut.
      expect(await search("Επιστροφές")).toEqual([])
      expect(await search("refund")).toEqual([en.id, enBody.id])
      expect(await search("REFUNDS", ["en"])).toEqual([en.id, enBody.id])
      expect(await search("refnuds")).toEqual([en.id])
      expect(await search("refund", ["ko"])).toEqual([])
      expect(await search("!!!")).toEqual([])
      expect(await search("drafts")).not.toContain(draft.id)
      const counted = await service.searchArticleIds({ q: "refund", published: true }, { limit: 1, offset: 5 })
      expect(counted).toEqual({ ids: [], count: 2 })
    })

    it("matches typos of the words an article has now: the dictionary follows edits and bulk inserts", async () => {
      const manager = MikroOrmWrapper.getManager()
      const words = async () =>
        (await manager.execute(`SELECT count(*)::int AS n FROM support_article_typo_term WHERE term = 'warranty'`))[0].n
      const [a] = await service.createSupportArticles([article("Repairs", "We repair it for free.", "en")])
      expect(await search("waranty")).toEqual([])
      expect(await words()).toBe(0)
      await service.updateSupportArticles({ id: a.id, ...derivedArticleColumns("Repairs", "Two years of warranty.") })
      expect(await search("waranty")).toEqual([a.id])
      expect(await search("warrnty")).toEqual([a.id])
      // "warranty" and its 8 one-letter deletions (two of them equal: "waranty").
      expect(await words()).toBe(8)
      // Counters leave the dictionary alone; a bulk insert adds each new word once.
      await manager.execute(`UPDATE support_article SET view_count = view_count + 1 WHERE id = ?`, [a.id])
      expect(await words()).toBe(8)
      const bulk = await service.createSupportArticles([article("Cover", "Under guarantee.", "en"), article("Claims", "Your guarantee.", "en")])
      expect((await search("guarnatee")).sort()).toEqual(bulk.map((b) => b.id).sort())
    })

    it("counts one visitor's feedback once and undoes it exactly", async () => {
      const [a] = await service.createSupportArticles([article("Sizes", "Size chart", "en")])
      const first = await service.recordArticleVisit({ article_id: a.id, visitor_key: "guest:1", kind: "feedback", helpful: true })
      const again = await service.recordArticleVisit({ article_id: a.id, visitor_key: "guest:1", kind: "feedback", helpful: false })
      const deflect = await service.recordArticleVisit({ article_id: a.id, visitor_key: "guest:1", kind: "deflection" })
      expect(first).toMatch(/^supafb_/)
      expect(again).toBeNull()
      expect(deflect).toMatch(/^supafb_/)
      const read = async () =>
        (await service.listSupportArticles({ id: a.id }, { select: ["helpful_count", "not_helpful_count", "deflection_count"] }))[0]
      expect(await read()).toMatchObject({ helpful_count: 1, not_helpful_count: 0, deflection_count: 1 })
      await service.undoArticleVisit(first!)
      expect(await read()).toMatchObject({ helpful_count: 0, not_helpful_count: 0, deflection_count: 1 })
      const [unpublished] = await service.createSupportArticles([article("Hidden", "x", "en", { published: false })])
      expect(await service.recordArticleVisit({ article_id: unpublished.id, visitor_key: "guest:1", kind: "deflection" })).toBeNull()
    })
  },
})

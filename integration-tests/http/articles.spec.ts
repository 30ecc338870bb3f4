import { createStep, createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE } from "../../src/modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../src/modules/helpdesk/service"
import {
  createArticlesWorkflow,
  CreateArticlesWorkflowInput,
  deleteArticleCategoriesWorkflow,
  DeleteArticleCategoriesWorkflowInput,
  recordArticleVisitWorkflow,
  RecordArticleVisitWorkflowInput,
  updateArticlesWorkflow,
  UpdateArticlesWorkflowInput,
} from "../../src/workflows/articles"
import { createAdmin, createCustomer, createPublishableKey, guestHeaders } from "../helpers/actors"
import { errorOf, statusOf } from "../helpers/orders"

jest.setTimeout(120_000)

process.env.HELPDESK_TEST_OPTIONS = JSON.stringify({
  rateLimits: { articleFeedback: { max: 40, windowSeconds: 600 } },
})

type Headers = { headers: Record<string, string> }
const withHeaders = (h: Headers, extra: Record<string, string>): Headers => ({ headers: { ...h.headers, ...extra } })

const boom = createStep("test-article-boom", async () => {
  throw new Error("boom")
})
const createThenFail = createWorkflow("test-create-articles-then-fail", (input: WorkflowData<CreateArticlesWorkflowInput>) => {
  createArticlesWorkflow.runAsStep({ input })
  boom()
  return new WorkflowResponse(null)
})
const updateThenFail = createWorkflow("test-update-articles-then-fail", (input: WorkflowData<UpdateArticlesWorkflowInput>) => {
  updateArticlesWorkflow.runAsStep({ input })
  boom()
  return new WorkflowResponse(null)
})
const visitThenFail = createWorkflow("test-article-visit-then-fail", (input: WorkflowData<RecordArticleVisitWorkflowInput>) => {
  recordArticleVisitWorkflow.runAsStep({ input })
  boom()
  return new WorkflowResponse(null)
})
const deleteCategoryThenFail = createWorkflow(
  "test-delete-article-categories-then-fail",
  (input: WorkflowData<DeleteArticleCategoriesWorkflowInput>) => {
    deleteArticleCategoriesWorkflow.runAsStep({ input })
    boom()
    return new WorkflowResponse(null)
  }
)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let pk: string
    let admin: Headers
    let guest: Headers
    let shopper: Awaited<ReturnType<typeof createCustomer>>
    let shipping: { id: string; handle: string }
    let returnsEn: Record<string, any>
    let returnsKo: Record<string, any>
    let draft: Record<string, any>

    beforeAll(async () => {
      const container = getContainer()
      pk = await createPublishableKey(container)
      admin = await createAdmin(container)
      guest = guestHeaders(pk)
      shopper = await createCustomer(container, pk)
      shipping = (await api.post("/admin/support/article-categories", { title: "Shipping & returns" }, admin)).data.article_category
      returnsEn = (
        await api.post(
          "/admin/support/articles",
          { title: "Returns and refunds", body: "Send it back within **30 days**. <script>alert(1)</script>", category_id: shipping.id, published: true },
          admin
        )
      ).data.article
      returnsKo = (
        await api.post(
          "/admin/support/articles",
          { title: "반품 및 환불", body: "30일 이내에 보내 주세요.", handle: "returns", locale: "ko", translation_of: returnsEn.id, published: true },
          admin
        )
      ).data.article
      draft = (await api.post("/admin/support/articles", { title: "Secret sale", body: "Not yet." }, admin)).data.article
    })

    const helpdesk = () => getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const counts = async (id: string) => {
      const [a] = await helpdesk().listSupportArticles({ id }, { select: ["helpful_count", "not_helpful_count", "deflection_count", "view_count"] })
      return a
    }

    describe("admin", () => {
      it("creates with handle from the title, sanitised HTML, category, translations and defaults", async () => {
        expect(returnsEn).toMatchObject({
          handle: "returns-and-refunds",
          locale: "en",
          published: true,
          body: "Send it back within **30 days**. <script>alert(1)</script>",
          category: { id: shipping.id, handle: "shipping-returns" },
          helpful_count: 0,
          view_count: 0,
        })
        expect(returnsEn.body_html).toBe("<p>Send it back within <strong>30 days</strong>. </p>")
        expect(returnsEn.id).toMatch(/^supart_/)
        expect(shipping.id).toMatch(/^supcat_/)
        expect(returnsKo.translation_group_id).toBe(returnsEn.translation_group_id)
        expect(returnsKo.translations).toEqual([expect.objectContaining({ id: returnsEn.id, locale: "en", published: true })])
        expect(draft.published).toBe(false)
        expect(returnsEn).not.toHaveProperty("search_text")
      })

      it("refuses a taken handle per locale, a second translation in one locale, unknown references, bad input", async () => {
        const post = (body: Record<string, unknown>) => errorOf(api.post("/admin/support/articles", body, admin))
        expect((await post({ title: "Returns and refunds", body: "x" })).status).toBe(400)
        expect((await post({ title: "Other", body: "x", locale: "ko", translation_of: returnsEn.id, handle: "other" })).status).toBe(400)
        expect((await post({ title: "Other", body: "x", translation_of: "supart_missing" })).status).toBe(400)
        expect((await post({ title: "Other", body: "x", category_id: "supcat_missing" })).status).toBe(400)
        expect((await post({ title: "Other", body: "x", handle: "Has Spaces" })).status).toBe(400)
        expect((await post({ title: "Other", body: "x", view_count: 5 })).status).toBe(400)
        expect((await post({ title: "Other", body: "x\u0000" })).status).toBe(400)
        // The same handle in another locale is fine.
        const el = await api.post("/admin/support/articles", { title: "Επιστροφές", body: "x", handle: "returns-and-refunds", locale: "el" }, admin)
        expect(el.status).toBe(201)
        const list = await api.get("/admin/support/articles?locale=el", admin)
        expect(list.data.articles.map((a: any) => a.id)).toEqual([el.data.article.id])
      })

      it("lists with filters and Medusa's list shape, updates, publishes, reorders, deletes", async () => {
        const all = await api.get("/admin/support/articles?limit=2", admin)
        expect(all.data).toMatchObject({ count: 3, offset: 0, limit: 2 })
        expect((await api.get("/admin/support/articles?published=false", admin)).data.articles.map((a: any) => a.id)).toEqual([draft.id])
        expect((await api.get(`/admin/support/articles?category_id=${shipping.id}`, admin)).data.count).toBe(1)
        expect((await api.get("/admin/support/articles?q=refunds", admin)).data.articles[0].id).toBe(returnsEn.id)

        const updated = await api.post(`/admin/support/articles/${draft.id}`, { body: "Now *live*", published: true }, admin)
        expect(updated.data.article).toMatchObject({ published: true, body_html: "<p>Now <em>live</em></p>" })
        const reordered = await api.post("/admin/support/articles/reorder", { positions: [{ id: draft.id, position: 1 }, { id: returnsEn.id, position: 2 }] }, admin)
        expect(reordered.data.articles.map((a: any) => a.position).sort()).toEqual([1, 2])
        // The help center lists by position (the admin's Arrange drawer), then title.
        const storeOrder = async () =>
          (await api.get("/store/support/articles", guest)).data.articles.map((a: any) => a.id).filter((id: string) => [draft.id, returnsEn.id].includes(id))
        expect(await storeOrder()).toEqual([draft.id, returnsEn.id])
        await api.post("/admin/support/articles/reorder", { positions: [{ id: draft.id, position: 3 }] }, admin)
        expect(await storeOrder()).toEqual([returnsEn.id, draft.id])
        expect((await errorOf(api.post("/admin/support/articles/reorder", { positions: [{ id: "supart_nope", position: 1 }] }, admin))).status).toBe(404)

        const deleted = await api.delete(`/admin/support/articles/${draft.id}`, admin)
        expect(deleted.data).toEqual({ id: draft.id, object: "article", deleted: true })
        expect(await statusOf(api.get(`/admin/support/articles/${draft.id}`, admin))).toBe(404)
        // Its handle is free again.
        expect((await api.post("/admin/support/articles", { title: "Secret sale", body: "again" }, admin)).status).toBe(201)
      })

      it("previews Markdown as it would be saved", async () => {
        const { data } = await api.post(
          "/admin/support/articles/preview",
          { body: "[x](javascript:alert(1)) <img src=x onerror=alert(1)> [ok](https://a.test)" },
          admin
        )
        expect(data.body_html).not.toMatch(/javascript|onerror/)
        expect(data.body_html).toContain('<a href="https://a.test" rel="noopener noreferrer">ok</a>')
      })

      it("manages categories; deleting one keeps its articles without it", async () => {
        const list = await api.get("/admin/support/article-categories", admin)
        expect(list.data).toMatchObject({ count: 1, article_categories: [expect.objectContaining({ id: shipping.id })] })
        expect(await statusOf(api.post("/admin/support/article-categories", { title: "Shipping & returns" }, admin))).toBe(400)
        const up = await api.post(`/admin/support/article-categories/${shipping.id}`, { description: "Parcels" }, admin)
        expect(up.data.article_category.description).toBe("Parcels")
        expect((await api.delete(`/admin/support/article-categories/${shipping.id}`, admin)).data).toEqual({
          id: shipping.id,
          object: "article_category",
          deleted: true,
        })
        expect((await api.get(`/admin/support/articles/${returnsEn.id}`, admin)).data.article.category).toBeNull()
        const help = (await api.post("/admin/support/article-categories", { title: "Help", handle: "help", position: 5 }, admin)).data.article_category
        const other = (await api.post("/admin/support/article-categories", { title: "Other" }, admin)).data.article_category
        const moved = await api.post("/admin/support/article-categories/reorder", { positions: [{ id: help.id, position: 0 }, { id: other.id, position: 1 }] }, admin)
        expect(moved.data.article_categories.map((c: any) => [c.handle, c.position])).toEqual([["help", 0], ["other", 1]])
        expect(await statusOf(api.post("/admin/support/article-categories/reorder", { positions: [] }, admin))).toBe(400)
      })

      it("undoes every write when a later step fails", async () => {
        const container = getContainer()
        await expect(createThenFail(container).run({ input: { articles: [{ title: "Ghost", body: "x" }] } })).rejects.toMatchObject({ message: "boom" })
        expect(await helpdesk().listSupportArticles({ title: "Ghost" }, { withDeleted: true })).toHaveLength(0)

        await expect(updateThenFail(container).run({ input: { id: returnsEn.id, update: { title: "Changed", published: false } } })).rejects.toMatchObject({ message: "boom" })
        const [after] = await helpdesk().listSupportArticles({ id: returnsEn.id }, { select: ["title", "published", "title_search_text"] })
        expect(after).toMatchObject({ title: "Returns and refunds", published: true, title_search_text: "returns and refunds" })

        await expect(visitThenFail(container).run({ input: { article_id: returnsEn.id, visitor_key: "customer:x", kind: "feedback", helpful: true } })).rejects.toMatchObject({ message: "boom" })
        expect((await counts(returnsEn.id)).helpful_count).toBe(0)
        expect(await helpdesk().listSupportArticleFeedbacks({ article_id: returnsEn.id })).toHaveLength(0)

        await expect(deleteCategoryThenFail(container).run({ input: { ids: [shipping.id] } })).rejects.toMatchObject({ message: "boom" })
        const [kept] = await helpdesk().listSupportArticles({ id: returnsEn.id }, { select: ["category_id"] })
        expect(kept.category_id).toBe(shipping.id)
        expect(await helpdesk().listSupportArticleCategories({ id: shipping.id })).toHaveLength(1)
      })

      it("refuses writes and reads without an admin (401), and store keys cannot write", async () => {
        expect(await statusOf(api.post("/admin/support/articles", { title: "x", body: "x" }))).toBe(401)
        expect(await statusOf(api.post("/admin/support/articles", { title: "x", body: "x" }, shopper))).toBe(401)
        expect(await statusOf(api.get("/admin/support/articles", guest))).toBe(401)
        expect(await statusOf(api.delete(`/admin/support/articles/${returnsEn.id}`, shopper))).toBe(401)
        expect(await statusOf(api.post("/admin/support/article-categories", { title: "x" }, guest))).toBe(401)
        expect(await statusOf(api.post("/store/support/articles", { title: "x", body: "x" }, guest))).toBe(404)
      })
    })

    describe("store", () => {
      it("lists published articles of the request's locale without agent fields", async () => {
        const en = await api.get("/store/support/articles", guest)
        expect(en.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
        expect(en.data.articles).toEqual([
          {
            id: returnsEn.id,
            handle: "returns-and-refunds",
            title: "Returns and refunds",
            locale: "en",
            updated_at: expect.any(String),
            category: { id: shipping.id, handle: "shipping-returns", title: "Shipping & returns" },
          },
        ])
        const ko = await api.get("/store/support/articles?locale=ko", guest)
        expect(ko.data.articles.map((a: any) => a.id)).toEqual([returnsKo.id])
        const koHeader = await api.get("/store/support/articles", withHeaders(guest, { "x-medusa-locale": "ko-KR" }))
        expect(koHeader.data.articles.map((a: any) => a.id)).toEqual([returnsKo.id])
        expect((await api.get("/store/support/articles?category=shipping-returns", guest)).data.count).toBe(1)
        expect((await api.get("/store/support/articles?category=nope", guest)).data.count).toBe(0)
        expect((await api.get("/store/support/articles?q=secret", guest)).data.count).toBe(0)
        expect(await statusOf(api.get("/store/support/articles?published=false", guest))).toBe(400)
        expect(await statusOf(api.get("/store/support/articles", {}))).toBe(400)
      })

      it("reads one article with translations; unpublished or deleted handles are 404", async () => {
        const { data } = await api.get("/store/support/articles/returns-and-refunds", guest)
        expect(data.article).toEqual({
          id: returnsEn.id,
          handle: "returns-and-refunds",
          title: "Returns and refunds",
          body_html: "<p>Send it back within <strong>30 days</strong>. </p>",
          locale: "en",
          updated_at: expect.any(String),
          category: { id: shipping.id, handle: "shipping-returns", title: "Shipping & returns" },
          translations: [{ locale: "ko", handle: "returns", title: "반품 및 환불" }],
        })
        expect(await statusOf(api.get("/store/support/articles/secret-sale", guest))).toBe(404)
        expect(await statusOf(api.get("/store/support/articles/nothing-here", guest))).toBe(404)
        expect(await statusOf(api.post("/store/support/articles/secret-sale/feedback", { helpful: true }, guest))).toBe(404)
        await api.post(`/admin/support/articles/${returnsKo.id}`, { published: false }, admin)
        const en = await api.get("/store/support/articles/returns-and-refunds", guest)
        expect(en.data.article.translations).toEqual([])
        expect(await statusOf(api.get("/store/support/articles/returns?locale=ko", guest))).toBe(404)
      })

      it("picks the locale: asked, else English, else any; an English link in Korean reads the Korean translation", async () => {
        const ko = await api.get("/store/support/articles/returns-and-refunds?locale=ko", guest)
        expect(ko.data.article).toMatchObject({ id: returnsKo.id, locale: "ko", handle: "returns" })
        expect(ko.data.article.translations).toEqual([{ locale: "en", handle: "returns-and-refunds", title: "Returns and refunds" }])
        const el = await api.get("/store/support/articles/returns-and-refunds?locale=el", guest)
        expect(el.data.article.id).toBe(returnsEn.id)
        // Only a Korean article has the handle "returns": any locale.
        const any = await api.get("/store/support/articles/returns?locale=el", guest)
        expect(any.data.article.id).toBe(returnsKo.id)
      })

      it("counts views without agent-visible counters in the answer", async () => {
        const { data } = await api.get("/store/support/articles/returns-and-refunds", guest)
        expect(data.article).not.toHaveProperty("view_count")
        expect(data.article).not.toHaveProperty("body")
        await new Promise((r) => setTimeout(r, 200))
        expect((await counts(returnsEn.id)).view_count).toBe(1)
      })

      it("counts feedback once per visitor, also concurrently", async () => {
        const vote = (h: Headers, helpful: boolean) => api.post("/store/support/articles/returns-and-refunds/feedback", { helpful }, h)
        const first = await vote(shopper, true)
        expect(first.data.article.id).toBe(returnsEn.id)
        await vote(shopper, false)
        await vote(withHeaders(shopper, { "x-helpdesk-visitor": "other" }), true)
        expect(await counts(returnsEn.id)).toMatchObject({ helpful_count: 1, not_helpful_count: 0 })

        const visitor = withHeaders(guest, { "x-helpdesk-visitor": "v-123" })
        await Promise.all(Array.from({ length: 12 }, () => vote(visitor, false)))
        expect(await counts(returnsEn.id)).toMatchObject({ helpful_count: 1, not_helpful_count: 1 })
        // Another visitor id from the same address is another visitor.
        await vote(withHeaders(guest, { "x-helpdesk-visitor": "v-456" }), true)
        expect((await counts(returnsEn.id)).helpful_count).toBe(2)
        const rows = await helpdesk().listSupportArticleFeedbacks({ article_id: returnsEn.id }, { select: ["visitor_key"] })
        expect(rows).toHaveLength(3)
        for (const r of rows) expect(r.visitor_key).toMatch(/^(customer:cus_|guest:[0-9a-f]{40}$)/)

        expect(await statusOf(vote(guest, "yes" as unknown as boolean))).toBe(400)
        expect(await statusOf(api.post("/store/support/articles/returns-and-refunds/feedback", { helpful: true, count: 9 }, guest))).toBe(400)
      })

      it("counts a deflection once per visitor", async () => {
        const deflect = (h: Headers) => api.post("/store/support/articles/returns-and-refunds/deflected", {}, h)
        await Promise.all([deflect(shopper), deflect(shopper), deflect(guest)])
        expect((await counts(returnsEn.id)).deflection_count).toBe(2)
        const admin_view = await api.get(`/admin/support/articles/${returnsEn.id}`, admin)
        expect(admin_view.data.article).toMatchObject({ deflection_count: 2, helpful_count: 0 })
      })

      it("rate limits votes per address", async () => {
        const results = await Promise.all(
          Array.from({ length: 45 }, (_, i) =>
            statusOf(api.post("/store/support/articles/returns-and-refunds/feedback", { helpful: true }, withHeaders(guest, { "x-helpdesk-visitor": `v${i}` })))
          )
        )
        expect(results.filter((s) => s === 429)).toHaveLength(5)
        expect((await counts(returnsEn.id)).helpful_count).toBe(40)
      })

      it("cannot be used to read tickets", async () => {
        const { data } = await api.post("/store/support/tickets", { subject: "Returns and refunds", body: "private words", email: "g@shop.test" }, guest)
        const ticketId = data.ticket.id
        expect(await statusOf(api.get(`/store/support/articles/${ticketId}`, guest))).toBe(404)
        const search = await api.get("/store/support/articles?q=private%20words", guest)
        expect(search.data.count).toBe(0)
        const suggestions = await api.get("/store/support/suggestions?q=private%20words", guest)
        expect(suggestions.data).toEqual({ articles: [], replies: [] })
      })

      it("lists categories", async () => {
        const { data } = await api.get("/store/support/article-categories", guest)
        expect(data.article_categories).toEqual([
          { id: shipping.id, handle: "shipping-returns", title: "Shipping & returns", description: null, position: 0 },
        ])
      })
    })
  },
})

import { renderToStaticMarkup } from "react-dom/server"
import { ArticlePage, ContactForm, HelpHome, TicketList, TicketThread } from "../index"
import type { Article, Ticket } from "../types"

const noop = async () => ({}) as any
const article: Article = {
  id: "a1",
  handle: "returns",
  title: "Returns and refunds",
  locale: "en",
  category: { id: "c1", handle: "orders", title: "Orders" },
  updated_at: "2026-03-05T10:00:00.000Z",
  body_html: "<p>Send it back within <strong>30 days</strong>.</p>",
  translations: [{ locale: "ko", handle: "returns-ko", title: "반품 및 환불" }],
}
const ticket: Ticket = {
  id: "t_1",
  display_id: 7,
  subject: "שלום, my parcel",
  status: "solved",
  category: null,
  channel: "web",
  order_id: null,
  created_at: "2026-03-01T10:00:00.000Z",
  updated_at: "2026-03-02T10:00:00.000Z",
  last_message_at: "2026-03-02T10:00:00.000Z",
  rating: null,
  messages: [
    { id: "m1", author_type: "customer", author_name: "Ana", body: "Where is it?", attachments: [], created_at: "2026-03-01T10:00:00.000Z" },
    { id: "m2", author_type: "agent", author_name: "Mina", body: "We spoke on the phone (4 min).", attachments: [], created_at: "2026-03-02T10:00:00.000Z" },
  ],
}
const threadActions = { reply: noop, upload: noop, close: noop, reopen: noop, rate: noop, requestCallback: noop }

/** Every <label for> points at an element with that id (accessible names for all fields). */
function expectLabelsResolve(html: string) {
  const fors = [...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1])
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))
  expect(fors.length).toBeGreaterThan(0)
  for (const f of fors) expect(ids.has(f)).toBe(true)
}

describe("server rendering (react-dom/server)", () => {
  it("HelpHome: search form, categories, popular articles, the language on the container", () => {
    const html = renderToStaticMarkup(
      <HelpHome
        locale="el"
        categories={[{ id: "c1", handle: "orders", title: "Παραγγελίες" }]}
        articles={[{ ...article, locale: "el", title: "Επιστροφές" }]}
        paths={{ article: "/gr/help/articles/:handle", search: "/gr/help", category: "/gr/help?category=:handle" }}
      />
    )
    expect(html).toContain('lang="el"')
    expect(html).toContain("Κέντρο βοήθειας")
    expect(html).toContain('role="search"')
    expect(html).toContain('method="get" action="/gr/help"')
    expect(html).toContain('href="/gr/help/articles/returns"')
    expect(html).toContain('href="/gr/help?category=orders"')
    expect(html).toContain("Δημοφιλή άρθρα")
    expectLabelsResolve(html)
  })

  it("HelpHome with a query shows the results heading and an empty state", () => {
    const html = renderToStaticMarkup(<HelpHome locale="ko" categories={[]} articles={[]} query="배송" />)
    expect(html).toContain("“배송” 검색 결과")
    expect(html).toContain("“배송”에 맞는 도움말이 없습니다.")
  })

  it("ArticlePage: sanitised body as given, translations, feedback buttons", () => {
    const html = renderToStaticMarkup(<ArticlePage article={article} locale="en" timeZone="UTC" onFeedback={noop} />)
    expect(html).toContain("<p>Send it back within <strong>30 days</strong>.</p>")
    expect(html).toContain('hrefLang="ko"')
    expect(html).toContain("Was this article helpful?")
    expect(html).toMatch(/<button[^>]*type="button"[^>]*>Yes<\/button>/)
    expect(html).toContain("Updated Mar 5, 2026")
    expect(html).toContain('dir="auto"')
  })

  it("ContactForm for a guest: email and name, labelled fields, callback option; no order picker", () => {
    const html = renderToStaticMarkup(<ContactForm locale="en" actions={{ createTicket: noop, upload: noop, requestCallback: noop }} />)
    expect(html).toContain('type="email"')
    expect(html).toContain("Name (optional)")
    expect(html).toContain('type="file"')
    expect(html).toContain('accept="image/png,image/jpeg,image/gif,image/webp,application/pdf"')
    expect(html).toContain("Call me back instead (optional)")
    expect(html).not.toContain("<select")
    expectLabelsResolve(html)
  })

  it("ContactForm signed in: no email field, the customer's orders in the picker", () => {
    const html = renderToStaticMarkup(
      <ContactForm
        locale="ko"
        timeZone="Asia/Seoul"
        signedIn
        orders={[{ id: "order_1", display_id: 1001, created_at: "2026-02-01T00:00:00.000Z" }]}
        actions={{ createTicket: noop, upload: noop }}
      />
    )
    expect(html).not.toContain('type="email"')
    expect(html).toContain('<option value="order_1">주문 #1001, 2026. 2. 1.</option>')
    expect(html).not.toContain("전화 상담 요청")
    expectLabelsResolve(html)
  })

  it("TicketList: localized statuses and links to each ticket", () => {
    const html = renderToStaticMarkup(<TicketList locale="ko" tickets={[ticket, { ...ticket, id: "t_2", status: "pending" }]} paths={{ ticket: "/kr/account/support/:id" }} />)
    expect(html).toContain('href="/kr/account/support/t_1"')
    expect(html).toContain("해결됨")
    expect(html).toContain("답변 대기")
    expect(html).toContain('lang="ko"')
    expect(renderToStaticMarkup(<TicketList tickets={[]} />)).toContain("You have no tickets yet.")
  })

  it("TicketThread: messages with dir=auto, the phone summary line, reopen and rating on a solved ticket", () => {
    const html = renderToStaticMarkup(<TicketThread locale="en" timeZone="UTC" ticket={ticket} actions={threadActions} />)
    expect(html).toContain('<span dir="auto">שלום, my parcel</span>')
    expect(html).toContain("We spoke on the phone (4 min).")
    expect(html).toContain("Mina")
    expect(html).toContain(">You<")
    expect(html).toContain("Reopen ticket")
    expect(html).toContain("Close ticket")
    expect(html).toContain("How did we do?")
    expect((html.match(/type="radio"/g) ?? []).length).toBe(5)
    expect(html).toContain('dateTime="2026-03-01T10:00:00.000Z"')
    expectLabelsResolve(html)
  })

  it("TicketThread: an open, rated ticket has no reopen or rating form", () => {
    const html = renderToStaticMarkup(
      <TicketThread ticket={{ ...ticket, status: "open", rating: { score: 4, comment: null, created_at: "2026-03-03" } }} actions={threadActions} />
    )
    expect(html).not.toContain("Reopen ticket")
    expect(html).not.toContain("How did we do?")
    expect(html).toContain("You rated this 4 of 5")
  })

  it("TicketThread without a ticket waits for the browser to load it", () => {
    const html = renderToStaticMarkup(<TicketThread locale="el" ticketId="t_1" actions={{ ...threadActions, retrieveTicket: noop }} />)
    expect(html).toContain("Φόρτωση…")
    expect(html).toContain('aria-busy="true"')
  })
})

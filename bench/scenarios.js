// The measured requests, and for each the SQL it costs the database.
//
// `requests` is the pool of HTTP requests the load generator draws from (real routes, the admin
// UI's own query strings and fields). `sql` replays the statements the route issues (captured
// from Postgres' statement log on Medusa 2.21.2; the inbox and search SQL comes from the
// plugin's own builder, domain/inbox-query.ts) under EXPLAIN ANALYZE: the "bare SQL" yardstick.
// Writes are replayed inside a transaction that is rolled back.
"use strict"

const path = require("path")
const { ROOT } = require("./lib/database")

// What the admin inbox asks for (src/admin/hooks/tickets.ts) and what Medusa's order list page asks
// for (@medusajs/dashboard, routes/orders/order-list/const.ts).
const INBOX_FIELDS = "id,display_id,subject,status,priority,channel,email,name,identity,assignee_id,tags,last_message_at,last_customer_message_at,created_at,updated_at"
const ORDER_LIST_FIELDS = "id,status,created_at,email,display_id,custom_display_id,payment_status,fulfillment_status,total,currency_code,*customer,*sales_channel,*payment_collections,*shipping_address"

// src/api/store/support/tickets/store-ticket.ts STORE_TICKET_SELECT
const STORE_TICKET_COLUMNS = ["id", "display_id", "subject", "status", "category", "channel", "order_id", "created_at", "updated_at", "last_message_at", "rating_score", "rating_comment", "rated_at", "customer_id", "access_token_hash", "access_token_expires_at"]

const TICKET_DETAIL_COLUMNS = [
  "id", "display_id", "subject", "status", "priority", "channel", "category", "tags", "customer_id", "order_id", "email",
  "name", "identity", "assignee_id", "first_response_at", "solved_at", "closed_at", "last_message_at",
  "last_customer_message_at", "merged_into_id", "rating_score", "rating_comment", "rated_at", "metadata", "created_at", "updated_at",
]

// What shoppers type into the help center's search box, by locale (a few misspelt).
const KB_QUERIES = [
  ["en", "refund"], ["en", "where is my order"], ["en", "tracking shows nothing"], ["en", "damaged parcel"],
  ["en", "cancel order"], ["en", "refnud"], ["en", "shiping delay"], ["en", "invoice"],
  ["ko", "환불"], ["ko", "배송 조회"], ["ko", "주문 취소"], ["ko", "교환 요청"],
  ["el", "επιστροφή χρημάτων"], ["el", "παραγγελία"], ["el", "ακύρωση"], ["el", "δέμα"],
]

let plugin
function pluginCode() {
  if (!plugin) {
    require(require.resolve("ts-node", { paths: [ROOT] })).register({ swc: true, transpileOnly: true, compilerOptions: { module: "commonjs" } })
    plugin = {
      inbox: require(path.join(ROOT, "src/modules/helpdesk/domain/inbox-query.ts")),
      tokens: require(path.join(ROOT, "src/modules/helpdesk/domain/search-tokens.ts")),
      articles: require(path.join(ROOT, "src/modules/helpdesk/domain/articles/search.ts")),
      contactRate: require(path.join(ROOT, "src/modules/helpdesk/domain/reports/contact-rate-query.ts")),
    }
  }
  return plugin
}

const pick = (list) => list[Math.floor(Math.random() * list.length)]
const qs = (params) =>
  Object.entries(params)
    .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => `${encodeURIComponent(k)}=${encodeURIComponent(x)}`))
    .join("&")
// knex placeholders (?) as Postgres ones ($1...)
const numbered = (sql) => {
  let i = 0
  return sql.replace(/\?/g, () => `$${++i}`)
}
const cols = (list, alias = "s0") => list.map((c) => `"${alias}"."${c}"`).join(", ")

/** The inbox route: id page + count (the plugin's SQL), then Query loads the listed fields. */
async function inboxSql(x, filters, order = { key: "priority", direction: "desc" }) {
  const { buildInboxQuery } = pluginCode().inbox
  const q = buildInboxQuery(filters, { order, limit: 20, offset: 0 })
  const page = await x.explain("id page", numbered(q.sql), q.params)
  await x.explain("count", numbered(q.countSql), q.countParams)
  const ids = page.rows.map((r) => r.id)
  if (ids.length) {
    await x.explain(
      "fields of the page",
      `select ${cols(INBOX_FIELDS.split(","))} from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = any($1) order by "s0"."id" asc`,
      [ids]
    )
  }
}

/** The newest page of a thread (HelpdeskModuleService.listThreadPage): ids, count, then the rows. */
async function threadPageSql(x, id, { publicOnly }) {
  const visible = `m.ticket_id = $1 and m.deleted_at is null${publicOnly ? " and m.internal = false" : ""}`
  const page = await x.explain("thread page ids", `select m.id from support_message m where ${visible} order by m.created_at desc, m.id desc limit $2`, [id, 51])
  await x.explain("thread count", `select count(*) as count from support_message m where ${visible}`, [id])
  const ids = page.rows.slice(0, 50).map((r) => r.id)
  const msgs = await x.explain("thread messages", `select "s0"."id", "s0"."author_type", "s0"."author_id", "s0"."author_name", "s0"."body", "s0"."internal", "s0"."channel", "s0"."canned_reply_id", "s0"."metadata", "s0"."created_at", "s0"."ticket_id" from "support_message" as "s0" where "s0"."deleted_at" is null and "s0"."id" = any($1)`, [ids])
  await x.explain("attachments", `select "s0"."id", "s0"."filename", "s0"."mime_type", "s0"."size", "s0"."url", "s0"."message_id" from "support_attachment" as "s0" where "s0"."deleted_at" is null and "s0"."message_id" = any($1)`, [msgs.rows.map((m) => m.id)])
  if (!publicOnly) {
    const columns = "message_id, kind, recipient, status, attempts, last_error, updated_at"
    await x.explain("mail state", `(select ${columns} from support_email_delivery where ticket_id = $1 and deleted_at is null and message_id in (select value from json_array_elements_text($2::json)) order by updated_at) union all (select ${columns} from support_email_delivery where ticket_id = $1 and deleted_at is null and message_id is null order by created_at desc limit 20)`, [id, JSON.stringify(ids)])
  }
}

/** The statements getOrdersListWorkflow issues for the orders' items, shipping, payments, fulfillments. */
async function orderGraphSql(x, orders, { addresses = false, customers = false, salesChannels = false } = {}) {
  const ids = orders.map((o) => o.id)
  if (!ids.length) return
  await x.explain("order credit lines", `select "o0".* from "order_credit_line" as "o0" where "o0"."deleted_at" is null and "o0"."order_id" = any($1)`, [ids])
  const items = await x.explain("order items", `select "o0".* from "order_item" as "o0" where "o0"."deleted_at" is null and "o0"."order_id" = any($1)`, [ids])
  const itemIds = [...new Set(items.rows.map((r) => r.item_id))]
  await x.explain("line items", `select "o0".* from "order_line_item" as "o0" where "o0"."deleted_at" is null and "o0"."id" = any($1)`, [itemIds])
  await x.explain("line item tax lines", `select "o0".* from "order_line_item_tax_line" as "o0" where "o0"."deleted_at" is null and "o0"."item_id" = any($1)`, [itemIds])
  const shipping = await x.explain("order shipping", `select "o0".* from "order_shipping" as "o0" where "o0"."deleted_at" is null and "o0"."order_id" = any($1)`, [ids])
  const methodIds = [...new Set(shipping.rows.map((r) => r.shipping_method_id))]
  await x.explain("shipping methods", `select "o0".* from "order_shipping_method" as "o0" where "o0"."deleted_at" is null and "o0"."id" = any($1)`, [methodIds])
  await x.explain("shipping method tax lines", `select "o0".* from "order_shipping_method_tax_line" as "o0" where "o0"."deleted_at" is null and "o0"."shipping_method_id" = any($1)`, [methodIds])
  await x.explain("line item adjustments", `select "o0".* from "order_line_item_adjustment" as "o0" where "o0"."deleted_at" is null and "o0"."item_id" = any($1)`, [itemIds])
  await x.explain("shipping method adjustments", `select "o0".* from "order_shipping_method_adjustment" as "o0" where "o0"."deleted_at" is null and "o0"."shipping_method_id" = any($1)`, [methodIds])
  if (addresses) {
    await x.explain("shipping addresses", `select "o0".* from "order_address" as "o0" where "o0"."deleted_at" is null and "o0"."id" = any($1)`, [orders.map((o) => o.shipping_address_id).filter(Boolean)])
  }
  if (customers) {
    await x.explain("customers", `select "c0".* from "customer" as "c0" where "c0"."deleted_at" is null and "c0"."id" = any($1)`, [orders.map((o) => o.customer_id).filter(Boolean)])
  }
  if (salesChannels) {
    await x.explain("sales channels", `select "s0".* from "sales_channel" as "s0" where "s0"."deleted_at" is null and "s0"."id" = any($1)`, [[...new Set(orders.map((o) => o.sales_channel_id).filter(Boolean))]])
  }
  const pcs = await x.explain("order -> payment collection links", `select "l0"."order_id", "l0"."payment_collection_id" from "order_payment_collection" as "l0" where "l0"."deleted_at" is null and "l0"."order_id" = any($1)`, [ids])
  await x.explain("payment collections", `select "p0".* from "payment_collection" as "p0" where "p0"."deleted_at" is null and "p0"."id" = any($1)`, [pcs.rows.map((r) => r.payment_collection_id)])
  const fs = await x.explain("order -> fulfillment links", `select "l0"."order_id", "l0"."fulfillment_id" from "order_fulfillment" as "l0" where "l0"."deleted_at" is null and "l0"."order_id" = any($1)`, [ids])
  await x.explain("fulfillments", `select "f0"."packed_at", "f0"."shipped_at", "f0"."delivered_at", "f0"."canceled_at", "f0"."id" from "fulfillment" as "f0" where "f0"."deleted_at" is null and "f0"."id" = any($1)`, [fs.rows.map((r) => r.fulfillment_id)])
}

const DAY = 86_400_000

/** GET /admin/support/reports/contact-rate: one statement (domain/reports/contact-rate-query.ts), the period ending now. */
async function contactRateSql(x, { days, product_id, limit = 20 }) {
  const { buildContactRateQuery } = pluginCode().contactRate
  const to = new Date()
  const q = buildContactRateQuery({ from: new Date(to.getTime() - days * DAY), to, product_id, order: "-contact_rate", limit, offset: 0 })
  await x.explain(product_id ? "contact rate of a product" : "contact rate page + count", numbered(q.sql), q.params)
}

// The inbound webhook's secret in the bench server's environment (HELPDESK_INBOUND_SECRET, read by
// medusa-config.ts into `email.inboundSecret`); bench/lib/medusa.js sets it.
const INBOUND_SECRET = process.env.HELPDESK_INBOUND_SECRET || "bench-inbound-secret-0123456789"

/**
 * A ~100 kB multipart/alternative mail (text + HTML, Korean and Greek), each from its own sender
 * and with its own Message-ID ("{seq}"), so the per-sender limit and the duplicate check never cut
 * the measured path short.
 */
function inboundMail() {
  const para = "주문한 상품이 아직 도착하지 않았습니다. Το δέμα δεν έφτασε ακόμα. My parcel has not arrived yet, could you check the tracking? "
  let text = ""
  while (Buffer.byteLength(text) < 48_000) text += para + "\r\n"
  const html = `<html><body>${text.split("\r\n").map((l) => `<p>${l}</p>`).join("")}</body></html>`
  return [
    "From: Bench Shopper <bench-{seq}@shopper.example>",
    "To: support@localhost",
    "Subject: =?UTF-8?B?" + Buffer.from("배송 문의 / Παράδοση", "utf8").toString("base64") + "?=",
    "Message-ID: <bench-{seq}@shopper.example>",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    text,
    "--b",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    html,
    "--b--",
    "",
  ].join("\r\n")
}

function list(ctx) {
  const admin = { authorization: `Bearer ${ctx.adminToken}` }
  const adminGet = (params) => [{ method: "GET", path: `/admin/support/tickets?${qs({ ...params, limit: 20, offset: 0, fields: INBOX_FIELDS })}`, headers: admin }]
  const storeHeaders = (s) => ({ "x-publishable-api-key": ctx.publishableKey, authorization: `Bearer ${s.token}` })
  const terms = ctx.searchTerms
  const me = ctx.adminUserId

  const inbox = (name, title, params, filters) => ({
    name,
    group: "Admin inbox",
    title,
    requests: adminGet({ ...params, order: "-priority" }),
    sql: (x) => inboxSql(x, filters),
  })
  const search = (lang, term) => ({
    name: `search_${lang}`,
    group: "Search",
    title: `"${term}" in subjects and messages, by priority`,
    requests: adminGet({ q: term, order: "-priority" }),
    sql: (x) => inboxSql(x, { q: term }),
  })

  return [
    inbox("inbox_open", "open tickets by priority, page 1", { status: "open" }, { status: ["open"] }),
    inbox("inbox_mine", '"mine" (open + pending, assigned to me)', { status: ["open", "pending"], assignee_id: "me" }, { status: ["open", "pending"], assignee_id: me }),
    inbox("inbox_unassigned", "unassigned open tickets", { status: "open", assignee_id: "none" }, { status: ["open"], assignee_id: null }),
    inbox("inbox_tag", `open tickets tagged "${ctx.tag}"`, { status: "open", tag: ctx.tag }, { status: ["open"], tag: ctx.tag }),
    search("en", terms.en),
    search("ko", terms.ko),
    search("el", terms.el),
    {
      name: "ticket_detail",
      group: "Ticket",
      title: "ticket with a 20-message thread",
      requests: ctx.detailIds.map((id) => ({ method: "GET", path: `/admin/support/tickets/${id}?fields=${encodeURIComponent("+order.id,+order.display_id")}`, headers: admin })),
      sql: async (x) => {
        const id = pick(ctx.detailIds)
        const t = await x.explain("ticket", `select ${cols(TICKET_DETAIL_COLUMNS)} from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = any($1) order by "s0"."id" asc`, [[id]])
        await threadPageSql(x, id, { publicOnly: false })
        const orderId = t.rows[0]?.order_id
        if (orderId) await x.explain("linked order", `select "o0"."display_id", "o0"."id" from "order" as "o0" where "o0"."deleted_at" is null and "o0"."id" = any($1) order by "o0"."id" asc`, [[orderId]])
      },
    },
    {
      name: "customer_context",
      group: "Ticket",
      title: "customer context (customer with 50 orders)",
      requests: ctx.contextIds.map((id) => ({ method: "GET", path: `/admin/support/tickets/${id}/context`, headers: admin })),
      sql: async (x) => {
        const id = pick(ctx.contextIds)
        const t = await x.explain("ticket", `select "s0"."id", "s0"."customer_id", "s0"."email", "s0"."name", "s0"."identity" from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = $1 order by "s0"."id" asc limit 1`, [id])
        const c = t.rows[0].customer_id
        await x.explain("customer", `select "c0"."id", "c0"."email", "c0"."first_name", "c0"."last_name", "c0"."phone", "c0"."has_account", "c0"."created_at" from "customer" as "c0" where "c0"."deleted_at" is null and "c0"."id" = $1 order by "c0"."id" asc limit 1`, [c])
        await x.explain("other tickets", `select "s0"."id", "s0"."display_id", "s0"."subject", "s0"."status", "s0"."priority", "s0"."channel", "s0"."created_at", "s0"."last_message_at" from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."customer_id" = $1 and "s0"."id" != $2 order by "s0"."created_at" desc limit 20`, [c, id])
        await x.explain("ticket counts", `SELECT count(*) AS total, count(*) FILTER (WHERE status IN ('open', 'pending')) AS open FROM support_ticket WHERE customer_id = $1 AND deleted_at IS NULL`, [c])
        // Count and lifetime value aggregated in SQL (requester-orders.ts), then the newest 50 with items.
        await x.explain("order stats", `SELECT o.currency_code, count(*) AS orders, count(*) FILTER (WHERE o.status <> 'canceled') AS live, coalesce(sum(coalesce((s.totals->'raw_current_order_total'->>'value')::numeric, (s.totals->>'current_order_total')::numeric)) FILTER (WHERE o.status <> 'canceled'), 0) AS value, max(o.created_at) FILTER (WHERE o.status <> 'canceled') AS newest FROM "order" o LEFT JOIN order_summary s ON s.order_id = o.id AND s.version = o.version AND s.deleted_at IS NULL WHERE o.customer_id = $1 AND o.deleted_at IS NULL GROUP BY o.currency_code`, [c])
        const newest = await x.explain("newest order ids", `select "o0"."id" from "order" as "o0" where "o0"."deleted_at" is null and "o0"."customer_id" = $1 order by "o0"."created_at" desc limit 50`, [c])
        const ids = newest.rows.map((o) => o.id)
        await x.explain("newest orders + items + summaries", `select "o0"."created_at", "o0"."currency_code", "o0"."display_id", "o0"."id", "o0"."status", "i1"."id" as "i1__id", "i1"."quantity" as "i1__quantity", "i1"."item_id" as "i1__item_id", "i1"."raw_quantity" as "i1__raw_quantity", "i1"."raw_fulfilled_quantity" as "i1__raw_fulfilled_quantity", "i2"."id" as "i2__id", "i2"."title" as "i2__title", "i2"."thumbnail" as "i2__thumbnail", "i2"."product_title" as "i2__product_title", "i2"."variant_title" as "i2__variant_title", "s3"."id" as "s3__id", "s3"."version" as "s3__version", "s3"."totals" as "s3__totals" from "order" as "o0" left join ("order_item" as "i1" inner join "order_line_item" as "i2" on "i1"."item_id" = "i2"."id" and "i2"."deleted_at" is null) on "o0"."id" = "i1"."order_id" and "i1"."version" = "o0"."version" and "i1"."deleted_at" is null left join "order_summary" as "s3" on "o0"."id" = "s3"."order_id" and "s3"."version" = "o0"."version" and "s3"."deleted_at" is null where "o0"."deleted_at" is null and "o0"."id" = any($1) order by "o0"."created_at" desc`, [ids])
        const pcs = await x.explain("order -> payment collection links", `select "l0"."order_id", "l0"."payment_collection_id" from "order_payment_collection" as "l0" where "l0"."deleted_at" is null and "l0"."order_id" = any($1)`, [ids])
        const fs = await x.explain("order -> fulfillment links", `select "l0"."order_id", "l0"."fulfillment_id" from "order_fulfillment" as "l0" where "l0"."deleted_at" is null and "l0"."order_id" = any($1)`, [ids])
        await x.explain("payment collections", `select "p0"."status", "p0"."amount", "p0"."captured_amount", "p0"."refunded_amount", "p0"."id" from "payment_collection" as "p0" where "p0"."deleted_at" is null and "p0"."id" = any($1)`, [pcs.rows.map((r) => r.payment_collection_id)])
        await x.explain("fulfillments", `select "f0"."packed_at", "f0"."shipped_at", "f0"."delivered_at", "f0"."canceled_at", "f0"."id" from "fulfillment" as "f0" where "f0"."deleted_at" is null and "f0"."id" = any($1)`, [fs.rows.map((r) => r.fulfillment_id)])
      },
    },
    {
      name: "contact_rate",
      group: "Reports",
      title: "contact rate per product, last 30 days, page 1 (the Reports table)",
      requests: [{ method: "GET", path: `/admin/support/reports/contact-rate?${qs({ order: "-contact_rate", limit: 20, offset: 0 })}`, headers: admin }],
      sqlRuns: 40,
      sql: (x) => contactRateSql(x, { days: 30 }),
    },
    {
      name: "contact_rate_widget",
      group: "Reports",
      title: "one product's contact rate, last 30 or 90 days (the product page widget)",
      requests: ctx.productIds.flatMap((id) =>
        [30, 90].map((days) => ({
          method: "GET",
          path: `/admin/support/reports/contact-rate?${qs({ product_id: id, from: new Date(Date.now() - days * DAY).toISOString(), limit: 1 })}`,
          headers: admin,
        }))
      ),
      sqlRuns: 40,
      sql: (x) => contactRateSql(x, { days: pick([30, 90]), product_id: pick(ctx.productIds), limit: 1 }),
    },
    {
      name: "contact_rate_365",
      group: "Reports",
      title: "contact rate per product over a year (a wide period, beyond the target)",
      requests: [{ method: "GET", path: `/admin/support/reports/contact-rate?${qs({ from: new Date(Date.now() - 365 * DAY).toISOString(), limit: 20 })}`, headers: admin }],
      sqlRuns: 20,
      sql: (x) => contactRateSql(x, { days: 365 }),
    },
    {
      name: "store_create",
      group: "Store",
      title: "open a ticket (signed-in shopper, Idempotency-Key)",
      throughput: true,
      uniqueIdempotencyKey: true,
      requests: ctx.shoppers.flatMap((s, i) =>
        [
          { subject: "Where is my parcel?", body: "Hi, my order was shipped a week ago but tracking shows nothing. Can you check?" },
          { subject: "환불 요청합니다", body: "사이즈가 맞지 않아 반품했는데 아직 환불을 받지 못했습니다. 확인 부탁드립니다." },
          { subject: "Επιστροφή χρημάτων", body: "Έστειλα πίσω το προϊόν και περιμένω ακόμα την επιστροφή χρημάτων." },
        ].map((body) => ({ method: "POST", path: "/store/support/tickets", headers: storeHeaders(s), body: { ...body, subject: `${body.subject} (${i})` } }))
      ),
      sql: (x) => x.rollback(async () => {
        const s = pick(ctx.shoppers)
        const id = `supt_benchsql${Date.now()}${Math.floor(Math.random() * 1e6)}`
        const now = new Date()
        const text = "Where is my parcel? Hi, my order was shipped a week ago but tracking shows nothing."
        await x.explain("rate limit", `INSERT INTO support_rate_limit (id, count, expires_at) VALUES ($1, 1, $2) ON CONFLICT (id) DO UPDATE SET count = support_rate_limit.count + 1, updated_at = now() RETURNING count`, [`createTicket:customer:${s.customer_id}:${Math.floor(Date.now() / 60000)}`, new Date(Date.now() + 60000)])
        await x.explain("customer", `select "c0".* from "customer" as "c0" where "c0"."deleted_at" is null and "c0"."id" = $1`, [s.customer_id])
        await x.explain("idempotency key", `select "s0".* from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."idempotency_key" = $1 order by "s0"."id" asc limit 1`, [id])
        const tokens = pluginCode().tokens
        await x.explain("insert ticket", `insert into "support_ticket" ("id", "subject", "status", "priority", "channel", "tags", "customer_id", "email", "name", "identity", "idempotency_key", "search_text", "last_message_at", "last_customer_message_at", "created_at", "updated_at") values ($1, 'Where is my parcel?', 'open', 'normal', 'web', '{}', $2, 'x@bench.example', 'X', 'customer', $1, $3, $4, $4, $4, $4) returning "display_id"`, [id, s.customer_id, tokens.mergeSearchText(tokens.searchTextOf("Where is my parcel?"), text), now])
        await x.explain("insert message", `insert into "support_message" ("id", "ticket_id", "author_type", "author_id", "author_name", "body", "search_text", "search_overflow", "internal", "channel", "created_at", "updated_at") values ($1, $2, 'customer', $3, 'X', $4, $5, false, false, 'web', $6, $6)`, [`supmsg_${id}`, id, s.customer_id, text, tokens.searchTextOf(text), now])
        // The subscriber that puts the ticket in the admin's notification feed.
        await x.explain("subscriber: ticket", `select "s0"."id", "s0"."display_id", "s0"."subject", "s0"."channel" from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = $1`, [id])
        await x.explain("subscriber: notification", `insert into "notification" ("id", "to", "channel", "template", "data", "idempotency_key", "provider_id", "status", "created_at", "updated_at") values ($1, '', 'feed', 'admin-ui', '{}', $1, 'local', 'pending', now(), now())`, [`noti_${id}`])
        await x.explain("subscriber: notification sent", `update "notification" set "status" = 'success', "updated_at" = now() where "id" = $1`, [`noti_${id}`])
      }),
    },
    {
      name: "kb_search",
      group: "Store",
      title: "knowledge-base search, 10,000 articles (en/ko/el, typos included), page of 10",
      requests: ctx.shoppers.flatMap((s) =>
        KB_QUERIES.map(([locale, q]) => ({ method: "GET", path: `/store/support/articles?${qs({ q, locale, limit: 10 })}`, headers: storeHeaders(s) }))
      ),
      sql: async (x) => {
        const [locale, q] = pick(KB_QUERIES)
        const s = pick(ctx.shoppers)
        await x.explain("rate limit", `INSERT INTO support_rate_limit (id, count, expires_at) VALUES ($1, 1, $2) ON CONFLICT (id) DO UPDATE SET count = support_rate_limit.count + 1, updated_at = now() RETURNING count`, [`articleSearch:customer:${s.customer_id}:${Math.floor(Date.now() / 60000)}`, new Date(Date.now() + 60000)])
        const { articles } = pluginCode()
        const lookup = articles.buildTypoWordsQuery(articles.articleQueryTerms(q))
        const typo = lookup ? articles.typoQueries((await x.explain("typo words", numbered(lookup.sql), lookup.params)).rows) : undefined
        // The store list is answered by the search statement itself (summary columns, category).
        const built = articles.buildArticleSearchQuery({ q, locales: [locale], published: true }, { limit: 10, offset: 0 }, typo, { summary: true })
        await x.explain("ranked page + count", numbered(built.sql), built.params)
      },
    },
    {
      name: "store_list",
      group: "Store",
      title: "a shopper's tickets, page 1",
      requests: ctx.shoppers.map((s) => ({ method: "GET", path: "/store/support/tickets", headers: storeHeaders(s) })),
      sql: async (x) => {
        const s = pick(ctx.shoppers)
        await x.explain("page", `select ${cols(STORE_TICKET_COLUMNS)} from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."customer_id" = $1 order by "s0"."last_message_at" desc, "s0"."created_at" desc limit 20`, [s.customer_id])
        await x.explain("count", `select count(*) as "count" from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."customer_id" = $1`, [s.customer_id])
      },
    },
    {
      name: "store_reply",
      group: "Store",
      title: "a shopper's reply",
      requests: ctx.shoppers.flatMap((s) =>
        s.ticket_ids.map((id) => ({ method: "POST", path: `/store/support/tickets/${id}/messages`, headers: storeHeaders(s), body: { body: "Any news? 아직 답변이 없네요. Ευχαριστώ!" } }))
      ),
      sql: (x) => x.rollback(async () => {
        const s = pick(ctx.shoppers.filter((sh) => sh.ticket_ids.length))
        const id = pick(s.ticket_ids)
        const now = new Date()
        const body = "Any news? 아직 답변이 없네요. Ευχαριστώ!"
        await x.explain("rate limit", `INSERT INTO support_rate_limit (id, count, expires_at) VALUES ($1, 1, $2) ON CONFLICT (id) DO UPDATE SET count = support_rate_limit.count + 1, updated_at = now() RETURNING count`, [`addMessage:customer:${s.customer_id}:${Math.floor(Date.now() / 60000)}`, new Date(Date.now() + 60000)])
        await x.explain("customer", `select "c0".* from "customer" as "c0" where "c0"."deleted_at" is null and "c0"."id" = $1`, [s.customer_id])
        const [ticket] = (await x.explain("ticket", `select "s0".* from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = $1 order by "s0"."id" asc limit 1`, [id])).rows
        await x.explain("insert message", `insert into "support_message" ("id", "ticket_id", "author_type", "author_id", "author_name", "body", "search_text", "search_overflow", "internal", "channel", "created_at", "updated_at") values ($1, $2, 'customer', $3, 'X', $4, $5, false, false, 'web', $6, $6)`, [`supmsg_benchsql${Date.now()}`, id, s.customer_id, body, pluginCode().tokens.searchTextOf(body), now])
        await x.explain("activity before", `select "s0"."id", "s0"."last_message_at", "s0"."last_customer_message_at" from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = any($1) order by "s0"."id" asc`, [[id]])
        await x.explain("ticket for update", `select "s0".* from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = $1 order by "s0"."id" asc`, [id])
        await x.explain("update activity + search text", `update "support_ticket" set "last_message_at" = $2, "last_customer_message_at" = $2, "search_text" = $3, "version" = "version" + 1, "updated_at" = $2 where "id" = $1 and "deleted_at" is null and "version" = $4`, [id, now, pluginCode().tokens.mergeSearchText(ticket.search_text, body), ticket.version])
        await x.explain("read back: ticket", `select ${cols(STORE_TICKET_COLUMNS)} from "support_ticket" as "s0" where "s0"."deleted_at" is null and "s0"."id" = $1 order by "s0"."id" asc limit 1`, [id])
        await threadPageSql(x, id, { publicOnly: true })
      }),
    },
    {
      name: "email_inbound",
      group: "Email",
      title: "a 100 kB MIME mail to POST /hooks/support/email, stored as a new ticket",
      // A latency scenario (1 and 4 clients): the target is the time to store one mail.
      requests: [
        {
          method: "POST",
          path: "/hooks/support/email",
          headers: { authorization: `Bearer ${INBOUND_SECRET}` },
          raw: { contentType: "message/rfc822", body: inboundMail() },
        },
      ],
      sql: (x) => x.rollback(async () => {
        const id = `supt_benchsql${Date.now()}${Math.floor(Math.random() * 1e6)}`
        const messageId = `<${id}@shopper.example>`
        const now = new Date()
        const text = "주문한 상품이 아직 도착하지 않았습니다. Το δέμα δεν έφτασε ακόμα."
        await x.explain("stored already?", `select "s0"."id", "s0"."ticket_id" from "support_message" as "s0" where "s0"."deleted_at" is null and "s0"."email_message_id" = $1 limit 1`, [messageId])
        await x.explain("held already?", `select "s0"."id" from "support_held_mail" as "s0" where "s0"."deleted_at" is null and "s0"."message_id" = $1 limit 1`, [messageId])
        await x.explain("per-sender limit", `INSERT INTO support_rate_limit (id, count, expires_at) VALUES ($1, 1, $2) ON CONFLICT (id) DO UPDATE SET count = support_rate_limit.count + 1, updated_at = now() RETURNING count`, [`inboundPerSender:${id}@shopper.example:${Math.floor(Date.now() / 3600000)}`, new Date(Date.now() + 3600000)])
        await x.explain("insert ticket", `insert into "support_ticket" ("id", "subject", "status", "priority", "channel", "tags", "email", "name", "identity", "search_text", "last_message_at", "last_customer_message_at", "created_at", "updated_at") values ($1, 'Delivery', 'open', 'normal', 'email', '{}', 'x@shopper.example', 'X', 'unverified', $2, $3, $3, $3, $3) returning "display_id"`, [id, pluginCode().tokens.searchTextOf("Delivery"), now])
        await x.explain("insert message", `insert into "support_message" ("id", "ticket_id", "author_type", "author_name", "body", "search_text", "internal", "channel", "email_message_id", "metadata", "created_at", "updated_at") values ($1, $2, 'customer', 'X', $3, $4, false, 'email', $5, '{}', $6, $6)`, [`supmsg_${id}`, id, text, pluginCode().tokens.searchTextOf(text), messageId, now])
      }),
    },
    {
      name: "medusa_customer_create",
      group: "Yardstick",
      title: "Medusa's POST /admin/customers (a one-step create workflow)",
      throughput: true,
      requests: [{ method: "POST", path: "/admin/customers", headers: admin, body: { email: "bench-{seq}@yardstick.example", first_name: "Bench" } }],
      sql: (x) => x.rollback(async () => {
        const id = `cus_benchsql${Date.now()}`
        await x.explain("customer exists?", `select "c0".* from "customer" as "c0" where "c0"."deleted_at" is null and "c0"."email" = $1 and "c0"."has_account" = false`, [`${id}@yardstick.example`])
        await x.explain("insert customer", `insert into "customer" ("id", "email", "first_name", "has_account", "created_at", "updated_at") values ($1, $2, 'Bench', false, now(), now())`, [id, `${id}@yardstick.example`])
        await x.explain("read back", `select "c0".* from "customer" as "c0" where "c0"."deleted_at" is null and "c0"."id" = $1`, [id])
      }),
    },
    {
      name: "medusa_orders",
      group: "Yardstick",
      title: "Medusa's GET /admin/orders, page 1 (dashboard fields)",
      requests: [{ method: "GET", path: `/admin/orders?${qs({ fields: ORDER_LIST_FIELDS, limit: 20, offset: 0 })}`, headers: admin }],
      sql: async (x) => {
        const page = await x.explain("orders page", `select "o0"."created_at", "o0"."currency_code", "o0"."custom_display_id", "o0"."customer_id", "o0"."display_id", "o0"."email", "o0"."id", "o0"."sales_channel_id", "o0"."status", "o0"."version", "o0"."shipping_address_id" from "order" as "o0" where "o0"."deleted_at" is null and "o0"."is_draft_order" = false order by "o0"."id" asc limit 20`, [])
        await x.explain("orders count", `select count(*) as "count" from "order" as "o0" where "o0"."deleted_at" is null and "o0"."is_draft_order" = false`, [])
        await orderGraphSql(x, page.rows, { addresses: true, customers: true, salesChannels: true })
      },
    },
  ]
}

module.exports = { list, INBOX_FIELDS, ORDER_LIST_FIELDS }

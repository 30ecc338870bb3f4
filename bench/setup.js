// What the scenarios need from a running server and its database: an admin token, the
// publishable key, signed-in shoppers (through Medusa's real auth routes), and pools of ids to
// request (tickets with a 20-message thread, tickets of customers with 50 orders, ...).
"use strict"

const { connect } = require("./lib/database")
const { ADMIN } = require("./seed")
const V = require("./seed/vocabulary")

const SHOPPERS = 40
const SHOPPER_PASSWORD = "bench-shopper-password"
const POOL = 200

async function http(base, method, path, { body, headers = {} } = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  let json
  try {
    json = JSON.parse(text)
  } catch {
    json = { raw: text }
  }
  return { status: res.status, json }
}

async function login(base, actor, email, password) {
  const res = await http(base, "POST", `/auth/${actor}/emailpass`, { body: { email, password } })
  if (res.status !== 200 || !res.json.token) throw new Error(`${actor} login ${email}: ${res.status} ${JSON.stringify(res.json)}`)
  return res.json.token
}

/**
 * Shoppers sign in as seeded customers: the first run registers an emailpass identity for each
 * (POST /auth/customer/emailpass/register) and points it at the seeded customer, as
 * POST /store/customers would for a new one; later runs just sign in.
 */
async function shopperTokens(base, db, customers) {
  const tokens = []
  for (const c of customers) {
    const reg = await http(base, "POST", "/auth/customer/emailpass/register", { body: { email: c.email, password: SHOPPER_PASSWORD } })
    if (reg.status === 200) {
      await db.query(
        `update auth_identity set app_metadata = jsonb_build_object('customer_id', $1::text)
         where id = (select auth_identity_id from provider_identity where entity_id = $2 and provider = 'emailpass')`,
        [c.id, c.email]
      )
    }
    tokens.push({ customer_id: c.id, token: await login(base, "customer", c.email, SHOPPER_PASSWORD) })
  }
  return tokens
}

async function prepare(base, databaseUrl, meta) {
  const db = await connect(databaseUrl)
  try {
    const adminToken = await login(base, "user", ADMIN.email, ADMIN.password)
    const { rows: keys } = await db.query(
      `select k.token from api_key k join publishable_api_key_sales_channel l on l.publishable_key_id = k.id
       where k.type = 'publishable' and k.revoked_at is null and k.deleted_at is null and l.deleted_at is null limit 1`
    )
    if (!keys.length) throw new Error("No publishable API key linked to a sales channel (the demo seed creates one)")
    const publishableKey = keys[0].token

    // Ticket detail: threads of exactly 20 messages.
    const { rows: detail } = await db.query(
      `select ticket_id as id from support_message where ticket_id like 'supt_bench%'
       group by ticket_id having count(*) = 20 limit $1`,
      [POOL]
    )
    // Customer context: tickets of the customers with 50 orders (cus_bench 1..heavy_customers).
    const heavyBound = `cus_bench${String(meta.heavy_customers).padStart(21, "0")}`
    const { rows: context } = await db.query(
      `select id from support_ticket where customer_id like 'cus_bench%' and customer_id <= $2 order by id limit $1`,
      [POOL, heavyBound]
    )
    // Shoppers: the other customers with the most tickets (about 37 each), and a few of their
    // tickets to reply to.
    const { rows: customers } = await db.query(
      `select c.id, c.email from customer c
       join (select customer_id, count(*) as n from support_ticket where customer_id like 'cus_bench%' and customer_id > $2
             group by customer_id order by count(*) desc, customer_id limit $1) t on t.customer_id = c.id
       order by c.id`,
      [SHOPPERS, heavyBound]
    )
    const shoppers = await shopperTokens(base, db, customers)
    const { rows: replyTargets } = await db.query(
      `select customer_id, (array_agg(id order by created_at desc))[1:5] as ids from support_ticket
       where customer_id = any($1::text[]) group by customer_id`,
      [shoppers.map((s) => s.customer_id)]
    )
    const byCustomer = new Map(replyTargets.map((r) => [r.customer_id, r.ids]))
    const { rows: admins } = await db.query(`select id from "user" where email = $1`, [ADMIN.email])
    // Contact rate: the products the seeded orders hold (the demo's catalogue).
    const { rows: products } = await db.query(
      `select distinct product_id as id from order_line_item where product_id is not null and deleted_at is null order by 1`
    )

    const check = (name, list) => {
      if (!list.length) throw new Error(`bench setup: no ${name} in the database (seed incomplete?)`)
    }
    check("20-message tickets", detail)
    check("tickets of customers with 50 orders", context)
    check("shoppers with tickets", shoppers)
    check("products in orders", products)
    return {
      adminToken,
      adminUserId: admins[0].id,
      publishableKey,
      detailIds: detail.map((r) => r.id),
      contextIds: context.map((r) => r.id),
      shoppers: shoppers.map((s) => ({ ...s, ticket_ids: byCustomer.get(s.customer_id) ?? [] })),
      productIds: products.map((r) => r.id),
      searchTerms: V.SEARCH_TERMS,
      tag: V.FILTER_TAG,
    }
  } finally {
    await db.end()
  }
}

module.exports = { prepare }

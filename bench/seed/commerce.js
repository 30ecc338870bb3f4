// Customers and orders in bulk, in SQL.
//
// Orders are not invented column by column: the demo seed (Medusa's own workflows) leaves ten
// real orders - paid, fulfilled, shipped, delivered, in EUR and KRW, with several versions - and
// every bench order is a copy of one of them: the order, its summary, items and line items,
// addresses, shipping methods, transactions, payment collection and fulfillment (with their
// link rows), with new ids, a customer, an email and a date. Every column a table has is copied
// (read from information_schema), so Medusa's GET /admin/orders and the plugin's customer context
// read them like any order.
"use strict"

const { FIRST_NAMES, LAST_NAMES } = require("./vocabulary")

async function columnsOf(db, table) {
  const { rows } = await db.query(
    `select column_name from information_schema.columns
     where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER'
     order by ordinal_position`,
    [table]
  )
  if (!rows.length) throw new Error(`bench seed: table ${table} not found (Medusa schema changed?)`)
  return rows.map((r) => r.column_name)
}

const q = (ident) => `"${ident}"`

/**
 * INSERT INTO <table> SELECT <every column, or its override> FROM <from>, where `s` is the
 * template row and `m` the bench.order_map row.
 */
async function cloneRows(db, table, from, overrides) {
  const cols = await columnsOf(db, table)
  const select = cols.map((c) => (c in overrides ? `${overrides[c]} as ${q(c)}` : `s.${q(c)}`))
  const res = await db.query(`insert into ${q(table)} (${cols.map(q).join(", ")}) select ${select.join(", ")} from ${from}`)
  return res.rowCount
}

// A copied row's id: the template's id plus the bench order number (unique per template row).
const copied = (col) => `s.${q(col)} || '_' || m.n`

async function seedCustomers(db, { customers }) {
  const firstNames = (lang) => `array[${FIRST_NAMES[lang].map((n) => `'${n}'`).join(",")}]`
  const lastNames = (lang) => `array[${LAST_NAMES[lang].map((n) => `'${n}'`).join(",")}]`
  // 14 of 20 customers English-speaking, 3 Korean, 3 Greek.
  await db.query(`
    create unlogged table bench.customer as
    select i, 'cus_bench' || lpad(i::text, 21, '0') as id,
           case when i % 20 < 14 then 'en' when i % 20 < 17 then 'ko' else 'el' end as lang,
           'shopper' || i || '@bench.example' as email
    from generate_series(1, $1::int) i`, [customers])
  await db.query(`alter table bench.customer add primary key (i)`)
  await db.query(`
    alter table bench.customer add column first_name text, add column last_name text;
    update bench.customer set
      first_name = case lang when 'en' then (${firstNames("en")})[1 + i % ${FIRST_NAMES.en.length}]
                             when 'ko' then (${firstNames("ko")})[1 + i % ${FIRST_NAMES.ko.length}]
                             else (${firstNames("el")})[1 + i % ${FIRST_NAMES.el.length}] end,
      last_name = case lang when 'en' then (${lastNames("en")})[1 + (i / 7) % ${LAST_NAMES.en.length}]
                            when 'ko' then (${lastNames("ko")})[1 + (i / 7) % ${LAST_NAMES.ko.length}]
                            else (${lastNames("el")})[1 + (i / 7) % ${LAST_NAMES.el.length}] end`)
  await db.query(`
    insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
    select id, email, first_name, last_name, true, c.at, c.at
    from (select *, now() - interval '4 years' + random() * interval '3 years' as at from bench.customer) c`)
}

/**
 * `heavy` customers get 50 orders each (the customer-context scenario opens their tickets); the
 * other orders go to random customers.
 */
async function seedOrders(db, { customers, orders, heavyCustomers }) {
  await db.query(`
    create unlogged table bench.order_template as
    select id, row_number() over (order by display_id) - 1 as k from "order"
    where deleted_at is null and is_draft_order = false`)
  const { rows } = await db.query(`select count(*)::int as n from bench.order_template`)
  const templates = rows[0].n
  if (!templates) throw new Error("bench seed: no template orders (the demo seed creates them)")

  const heavyOrders = heavyCustomers * 50
  await db.query(
    `create unlogged table bench.order_map as
     select n, t.id as template_id, 'order_bench' || lpad(n::text, 21, '0') as new_id,
            c.id as customer_id, c.email, at as created_at
     from (
       select n,
              case when n <= $2 then (n - 1) / 50 + 1
                   else $3 + 1 + floor(random() * ($4 - $3))::int end as ci,
              now() - random() * interval '3 years' as at
       from generate_series(1, $1::int) n
     ) x
     join bench.customer c on c.i = x.ci
     join bench.order_template t on t.k = x.n % $5`,
    [orders, heavyOrders, heavyCustomers, customers, templates]
  )
  await db.query(`create index on bench.order_map (template_id)`)

  const om = `bench.order_map m`
  const tpl = (sql) => `${om} join lateral (${sql}) s on true`
  await cloneRows(db, "order_address", `${om} join "order" o on o.id = m.template_id join order_address s on s.id in (o.shipping_address_id, o.billing_address_id)`, {
    id: copied("id"),
    customer_id: "m.customer_id",
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  await cloneRows(db, "order", `${om} join "order" s on s.id = m.template_id`, {
    id: "m.new_id",
    display_id: "nextval('order_display_id_seq')",
    customer_id: "m.customer_id",
    email: "m.email",
    shipping_address_id: `case when s.shipping_address_id is null then null else s.shipping_address_id || '_' || m.n end`,
    billing_address_id: `case when s.billing_address_id is null then null else s.billing_address_id || '_' || m.n end`,
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  await cloneRows(db, "order_summary", `${om} join order_summary s on s.order_id = m.template_id and s.deleted_at is null`, {
    id: copied("id"),
    order_id: "m.new_id",
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  await cloneRows(
    db,
    "order_line_item",
    tpl(`select li.* from order_line_item li where li.id in (select item_id from order_item oi where oi.order_id = m.template_id)`),
    {
      id: copied("id"),
      totals_id: "null", // legacy column, null in orders Medusa 2.21 creates
      created_at: "m.created_at",
      updated_at: "m.created_at",
    }
  )
  await cloneRows(db, "order_item", `${om} join order_item s on s.order_id = m.template_id and s.deleted_at is null`, {
    id: copied("id"),
    order_id: "m.new_id",
    item_id: copied("item_id"),
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  await cloneRows(
    db,
    "order_shipping_method",
    tpl(`select sm.* from order_shipping_method sm where sm.id in (select shipping_method_id from order_shipping os where os.order_id = m.template_id)`),
    { id: copied("id"), created_at: "m.created_at", updated_at: "m.created_at" }
  )
  await cloneRows(db, "order_shipping", `${om} join order_shipping s on s.order_id = m.template_id and s.deleted_at is null`, {
    id: copied("id"),
    order_id: "m.new_id",
    shipping_method_id: copied("shipping_method_id"),
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  await cloneRows(db, "order_transaction", `${om} join order_transaction s on s.order_id = m.template_id and s.deleted_at is null`, {
    id: copied("id"),
    order_id: "m.new_id",
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  await cloneRows(
    db,
    "payment_collection",
    tpl(`select pc.* from payment_collection pc where pc.id in (select payment_collection_id from order_payment_collection l where l.order_id = m.template_id and l.deleted_at is null)`),
    { id: copied("id"), created_at: "m.created_at", updated_at: "m.created_at", completed_at: "case when s.completed_at is null then null else m.created_at end" }
  )
  await cloneRows(db, "order_payment_collection", `${om} join order_payment_collection s on s.order_id = m.template_id and s.deleted_at is null`, {
    id: copied("id"),
    order_id: "m.new_id",
    payment_collection_id: copied("payment_collection_id"),
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })
  const shifted = (col) => `case when s.${col} is null then null else m.created_at + (s.${col} - s.created_at) end`
  await cloneRows(
    db,
    "fulfillment",
    tpl(`select f.* from fulfillment f where f.id in (select fulfillment_id from order_fulfillment l where l.order_id = m.template_id and l.deleted_at is null)`),
    {
      id: copied("id"),
      delivery_address_id: "null",
      packed_at: shifted("packed_at"),
      shipped_at: shifted("shipped_at"),
      delivered_at: shifted("delivered_at"),
      canceled_at: shifted("canceled_at"),
      created_at: "m.created_at",
      updated_at: "m.created_at",
    }
  )
  await cloneRows(db, "order_fulfillment", `${om} join order_fulfillment s on s.order_id = m.template_id and s.deleted_at is null`, {
    id: copied("id"),
    order_id: "m.new_id",
    fulfillment_id: copied("fulfillment_id"),
    created_at: "m.created_at",
    updated_at: "m.created_at",
  })

  // Tickets may name one of their customer's orders.
  await db.query(`
    create unlogged table bench.customer_orders as
    select o.customer_id, array_agg(o.id order by o.created_at) as ids, array_agg(o.display_id order by o.created_at) as display_ids
    from "order" o join bench.order_map m on m.new_id = o.id group by o.customer_id`)
  await db.query(`alter table bench.customer_orders add primary key (customer_id)`)
}

module.exports = { seedCustomers, seedOrders }

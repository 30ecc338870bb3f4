// Reported order lines ("Report a problem with this item") for the contact-rate scenario: half of
// the seeded tickets that name an order report one line of it (chosen by a hash of the ticket id,
// so two seeds agree), a tenth of those a second line. The other half keep only their order, so
// the report's two ways of counting a ticket (its lines, else its order's lines) both carry load.
// Added to a seeded database when missing, like the knowledge base (articles.js), so databases
// seeded before this existed are topped up rather than seeded again.
"use strict"

async function ensureTicketLineItems(db, log) {
  const { rows } = await db.query(`select exists (select 1 from support_ticket_line_item where id like 'suptli_bench%') as seeded`)
  if (rows[0].seeded) return
  const t = Date.now()
  const res = await db.query(`
    insert into support_ticket_line_item
      (id, ticket_id, line_item_id, title, variant_title, quantity, thumbnail, product_id, variant_id, created_at, updated_at)
    select 'suptli_bench' || substr(t.id, 11) || '_' || pick.k, t.id, li.id, li.title, li.variant_title, 1, li.thumbnail,
           li.product_id, li.variant_id, t.created_at, t.created_at
    from support_ticket t
    join "order" o on o.id = t.order_id
    join lateral (
      select li.*, row_number() over (order by md5(t.id || li.id)) as k
      from order_item oi join order_line_item li on li.id = oi.item_id
      where oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
    ) pick on pick.k = 1 or (pick.k = 2 and abs(hashtext(t.id)) % 20 = 0)
    join order_line_item li on li.id = pick.id
    where t.id like 'supt_bench%' and t.order_id is not null and abs(hashtext(t.id)) % 2 = 0`)
  await db.query(`analyze support_ticket_line_item`)
  log(`  ${res.rowCount} reported order lines on seeded tickets (${((Date.now() - t) / 1000).toFixed(1)} s)`)
}

module.exports = { ensureTicketLineItems }

// Puts a seeded database back as it was seeded, so runs do not drift: the write scenarios add
// tickets (open ones, which the inbox lists), replies (which reopen tickets) and customers.
// Called before and after every run.
"use strict"

/** Keeps the seeded state of the tickets the reply scenario will change (once). */
async function rememberTickets(db, ids) {
  await db.query(`
    create table if not exists bench.touched as
    select id, status, last_message_at, last_customer_message_at, solved_at, closed_at, search_text, updated_at
    from support_ticket where false`)
  await db.query(`create unique index if not exists touched_id on bench.touched (id)`)
  await db.query(
    `insert into bench.touched
     select id, status, last_message_at, last_customer_message_at, solved_at, closed_at, search_text, updated_at
     from support_ticket where id = any($1) on conflict (id) do nothing`,
    [ids]
  )
}

async function restoreSeed(db, meta) {
  const since = meta.seeded_at
  const deleted = {}
  const run = async (label, sql, params = []) => {
    deleted[label] = (await db.query(sql, params)).rowCount
  }
  // Tickets opened during runs (their messages go with them), replies added to seeded tickets.
  await run("notifications", `delete from notification where created_at > $1`, [since])
  await run("email deliveries", `delete from support_email_delivery where created_at > $1`, [since])
  await run("held mail", `delete from support_held_mail where created_at > $1`, [since])
  await run("tickets", `delete from support_ticket where id not like 'supt_bench%' and created_at > $1`, [since])
  await run("messages", `delete from support_message where id not like 'supmsg_bench%' and created_at > $1`, [since])
  await run("customers", `delete from customer where email like '%@yardstick.example'`)
  await run("rate limit counters", `delete from support_rate_limit`)
  const { rows } = await db.query(`select to_regclass('bench.touched') as t`)
  if (rows[0].t) {
    await run(
      "tickets restored",
      `update support_ticket t set status = b.status, last_message_at = b.last_message_at,
         last_customer_message_at = b.last_customer_message_at, solved_at = b.solved_at, closed_at = b.closed_at,
         search_text = b.search_text, updated_at = b.updated_at
       from bench.touched b where b.id = t.id and (t.updated_at is distinct from b.updated_at)`
    )
  }
  return deleted
}

module.exports = { rememberTickets, restoreSeed }

// The products each seeded ticket counts for in the contact rate report (support_ticket_product).
// The seed writes tickets and their reported lines by SQL, after `medusa db:migrate`, so the
// migration's backfill (Migration20261206140000) found nothing to copy on a fresh seed: the same
// statements run here once the reported lines exist, when no seeded ticket has products yet. On a
// database seeded before the table existed, the migration itself fills it.
"use strict"

const path = require("path")
const { ROOT } = require("../lib/database")

async function ensureTicketProducts(db, log) {
  const { rows } = await db.query(`select exists (select 1 from support_ticket_product where ticket_id like 'supt_bench%') as seeded`)
  if (rows[0].seeded) return
  require(require.resolve("ts-node", { paths: [ROOT] })).register({ swc: true, transpileOnly: true, compilerOptions: { module: "commonjs" } })
  const { TICKET_PRODUCTS_BACKFILL_SQL } = require(path.join(ROOT, "src/modules/helpdesk/domain/reports/ticket-products.ts"))
  const t = Date.now()
  for (const sql of TICKET_PRODUCTS_BACKFILL_SQL) await db.query(sql)
  await db.query(`analyze support_ticket_product`)
  const { rows: n } = await db.query(`select count(*)::int as n from support_ticket_product`)
  log(`  ${n[0].n} ticket products (${((Date.now() - t) / 1000).toFixed(1)} s)`)
}

module.exports = { ensureTicketProducts }

// The bare SQL yardstick: replays a scenario's statements under EXPLAIN ANALYZE (Postgres'
// planning + execution time, no network, no ORM) several times with different ids from the pool,
// and keeps the median total (and the p95 over the runs) and the plan of its most expensive statement.
"use strict"

const RUNS = 7

function parseTimes(lines) {
  const num = (re) => Number(lines.find((l) => re.test(l))?.match(/([\d.]+) ms/)?.[1] ?? 0)
  return num(/^Planning Time/) + num(/^Execution Time/)
}

async function runOnce(db, scenario) {
  const statements = []
  const x = {
    async explain(label, sql, params = []) {
      const res = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)
      const lines = res.rows.map((r) => r["QUERY PLAN"])
      statements.push({ label, ms: parseTimes(lines.map((l) => l.trim())), plan: lines.join("\n") })
      // Reads run again for their rows (later statements use the ids); writes only once.
      if (/^\s*select/i.test(sql)) return { rows: (await db.query(sql, params)).rows }
      return { rows: [] }
    },
    async rollback(fn) {
      await db.query("BEGIN")
      try {
        await fn()
      } finally {
        await db.query("ROLLBACK")
      }
    },
  }
  await scenario.sql(x)
  return { total: statements.reduce((s, st) => s + st.ms, 0), statements }
}

async function measureSql(db, scenario) {
  await runOnce(db, scenario) // warm the plan cache and the buffers
  const runs = []
  // A scenario may ask for more runs (`sqlRuns`) when its target is on the SQL's p95.
  for (let i = 0; i < (scenario.sqlRuns ?? RUNS); i++) runs.push(await runOnce(db, scenario))
  runs.sort((a, b) => a.total - b.total)
  const median = runs[Math.floor(runs.length / 2)]
  const p95 = runs[Math.ceil(runs.length * 0.95) - 1]
  const slowest = [...median.statements].sort((a, b) => b.ms - a.ms)[0]
  return {
    ms: median.total,
    p95: p95.total,
    runs: runs.length,
    statements: median.statements.length,
    breakdown: median.statements.map((s) => ({ label: s.label, ms: Number(s.ms.toFixed(3)) })),
    slowest: slowest ? { label: slowest.label, ms: slowest.ms, plan: slowest.plan } : null,
  }
}

module.exports = { measureSql }

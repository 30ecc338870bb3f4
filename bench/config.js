// Scales and command-line options of `npm run bench`.
"use strict"

const USAGE = `npm run bench -- [options]

  --scale <n>          tickets: 10k, 100k (default), 1m, or any number like 250k. Customers are
                       tickets / 50, orders tickets / 10, messages about 5.15 per ticket.
  --reseed             seed the database again even if one of this scale exists
  --seed-only          seed (or check) the database, run nothing
  --duration <s>       measured seconds per scenario (default 15), after a 3 s warm-up
  --connections <list> concurrent HTTP clients for the latency scenarios, one run each
                       (default 1,4: one client alone, then four at once)
  --create-connections <n>  concurrent clients for the creation (throughput) scenarios (default 16)
  --heap <MB>          the server's V8 heap limit, --max-old-space-size (default 512; 0: Node's
                       default, a quarter of the machine's memory up to 4 GB)
  --sla-job            only the SLA breach job: one tick over --scale open tickets, all overdue
                       (a fresh database seeded by SQL; target < 10 s at 100k)
  --canned             only the canned-reply effectiveness page over 20,000 tickets with about
                       45,000 canned-reply uses (a fresh database; target: the 7-day page < 1 s)
  --rules              only the rule engine: what 50 enabled ticket.created rules add to each new
                       ticket (a fresh database; target: p95 <= 5 ms)
  --only <a,b>         run only these scenarios (names as printed)
  --out <file>         where to write the JSON results (default bench/results/<scale>.json)
  --compare <a.json> <b.json>  print two result files side by side and exit

Database: DATABASE_URL or DB_HOST/DB_PORT/DB_USERNAME/DB_PASSWORD, else the embedded Postgres
(data in .data/bench-postgres). The database is helpdesk_bench_<scale>.`

function parseScale(raw) {
  const m = /^(\d+(?:\.\d+)?)(k|m)?$/i.exec(String(raw).trim())
  if (!m) throw new Error(`--scale: expected a number like 10k, 100k or 1m, got ${raw}`)
  const tickets = Math.round(Number(m[1]) * (m[2] ? (m[2].toLowerCase() === "k" ? 1e3 : 1e6) : 1))
  if (tickets < 1000) throw new Error("--scale: at least 1k tickets")
  const name = tickets % 1e6 === 0 ? `${tickets / 1e6}m` : tickets % 1e3 === 0 ? `${tickets / 1e3}k` : String(tickets)
  return { name, tickets, customers: Math.max(20, Math.round(tickets / 50)), orders: Math.max(500, Math.round(tickets / 10)) }
}

function parseArgs(argv) {
  const opts = {
    scale: parseScale("100k"),
    reseed: false,
    seedOnly: false,
    duration: 15,
    warmup: 3,
    connections: [1, 4],
    createConnections: 16,
    heap: 512,
    only: null,
    out: null,
    compare: null,
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`)
      return argv[++i]
    }
    if (a === "--scale") opts.scale = parseScale(next())
    else if (a === "--reseed") opts.reseed = true
    else if (a === "--seed-only") opts.seedOnly = true
    else if (a === "--duration") opts.duration = Number(next())
    else if (a === "--warmup") opts.warmup = Number(next())
    else if (a === "--connections") opts.connections = next().split(",").map(Number)
    else if (a === "--heap") opts.heap = Number(next())
    else if (a === "--create-connections") opts.createConnections = Number(next())
    else if (a === "--only") opts.only = next().split(",").map((s) => s.trim())
    else if (a === "--out") opts.out = next()
    else if (a === "--compare") opts.compare = [next(), next()]
    else if (a === "--sla-job") opts.slaJob = true
    else if (a === "--rules") opts.rules = true
    else if (a === "--canned") opts.canned = true
    else if (a === "--help" || a === "-h") {
      console.log(USAGE)
      process.exit(0)
    } else throw new Error(`Unknown option ${a}\n\n${USAGE}`)
  }
  return opts
}

module.exports = { parseArgs, parseScale, USAGE }

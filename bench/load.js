// The load generator: a separate process (forked by run.js) so the clients' CPU is not the
// server's. Receives one scenario over IPC, runs autocannon (warm-up, then the measured run),
// records every response time and answers with percentiles, throughput and errors.
//
// A scenario is a pool of requests; each request autocannon sends picks one at random (other
// tickets, other shoppers), so caches see a realistic spread. `uniqueIdempotencyKey` adds a fresh
// Idempotency-Key header to every request; "{seq}" in a body becomes a number unique to the request.
// A request with `raw: { contentType, body }` sends that body as is (e.g. a MIME mail).
"use strict"

const autocannon = require("autocannon")

function percentile(sorted, p) {
  if (!sorted.length) return null
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]
}

function runOnce(spec, seconds, record) {
  let seq = 0
  const pick = () => spec.requests[Math.floor(Math.random() * spec.requests.length)]
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.base,
        connections: spec.connections,
        duration: seconds,
        timeout: 30,
        requests: [
          {
            setupRequest: (req) => {
              const r = pick()
              const headers = { ...req.headers, ...r.headers }
              const unique = `${process.pid}-${Date.now()}-${seq++}`
              if (spec.uniqueIdempotencyKey) headers["idempotency-key"] = `bench-${unique}`
              if (r.raw) {
                // A body sent as is (e.g. a MIME mail), with its own Content-Type.
                return { ...req, method: r.method, path: r.path, headers: { ...headers, "content-type": r.raw.contentType }, body: r.raw.body.replaceAll("{seq}", unique) }
              }
              return {
                ...req,
                method: r.method,
                path: r.path,
                headers: r.body ? { ...headers, "content-type": "application/json" } : headers,
                body: r.body ? JSON.stringify(r.body).replaceAll("{seq}", unique) : undefined,
              }
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve(result))
    )
    if (record) {
      instance.on("response", (_client, statusCode, _bytes, responseTime) => record(statusCode, responseTime))
    }
  })
}

async function run(spec) {
  if (spec.warmup > 0) await runOnce(spec, spec.warmup, null)
  const latencies = []
  const statuses = {}
  const started = Date.now()
  const result = await runOnce(spec, spec.duration, (status, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1
    if (status >= 200 && status < 300) latencies.push(ms)
  })
  const elapsed = (Date.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const ok = latencies.length
  const total = Object.values(statuses).reduce((s, n) => s + n, 0)
  return {
    requests: total,
    ok,
    errors: total - ok + (result.errors ?? 0) + (result.timeouts ?? 0),
    statuses,
    seconds: elapsed,
    rps: ok / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? null,
  }
}

process.on("message", async (msg) => {
  try {
    process.send({ ok: true, result: await run(msg) })
  } catch (err) {
    process.send({ ok: false, error: String(err && err.stack ? err.stack : err) })
  }
})

import { ExecArgs } from "@medusajs/framework/types"
import { runSlaBreachTick } from "../workflows/sla/sla-breach-tick"

/**
 * `medusa exec ./src/scripts/bench-sla-tick.ts` (run by `npm run bench -- --sla-job`): one tick of
 * the SLA breach job, timed, printed as one JSON line. Not part of the package.
 */
export default async function benchSlaTick({ container }: ExecArgs) {
  const started = process.hrtime.bigint()
  const result = await runSlaBreachTick(container)
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  console.log(`SLA_TICK_RESULT ${JSON.stringify({ ...result, ms })}`)
}

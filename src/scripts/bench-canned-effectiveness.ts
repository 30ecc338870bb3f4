import { ExecArgs } from "@medusajs/framework/types"
import { HELPDESK_MODULE } from "../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../modules/helpdesk/service"

const DAY = 86_400_000

/**
 * `medusa exec ./src/scripts/bench-canned-effectiveness.ts` (run by `npm run bench -- --canned`):
 * the effectiveness page (GET /admin/support/canned-effectiveness's statement, through the module
 * service) over the last 7 and 30 days, 5 runs each after one warm-up, printed as one JSON line.
 * Not part of the package.
 */
export default async function benchCannedEffectiveness({ container }: ExecArgs) {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const to = new Date()
  const out: Record<string, { uses: number; ms: number[] }> = {}
  for (const days of [7, 30]) {
    const from = new Date(to.getTime() - days * DAY)
    const run = () => helpdesk.cannedReplyEffectiveness({ from, to, limit: 20, offset: 0, order: "-uses" })
    await run()
    const ms: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = process.hrtime.bigint()
      await run()
      ms.push(Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10)
    }
    // The uses of every reply in the period (the timed page holds the first 20 replies only).
    const all = await helpdesk.cannedReplyEffectiveness({ from, to, limit: 1000, offset: 0, order: "-uses" })
    const uses = all.rows.reduce((n, r) => n + Number(r.uses), 0)
    out[`${days}d`] = { uses, ms: ms.sort((a, b) => a - b) }
  }
  console.log(`CANNED_EFFECTIVENESS_RESULT ${JSON.stringify(out)}`)
}

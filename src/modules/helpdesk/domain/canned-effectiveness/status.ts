import { CannedEffectivenessSettings } from "./settings"
import type { CannedEffectivenessRow } from "./query"

/**
 * What a canned reply's figures say (docs/automation.md "Canned-reply effectiveness"):
 * - `measuring`: fewer than `min_uses` uses in the period, or a close rate under the threshold;
 * - `ready_to_automate`: not sent by any enabled rule, at least `min_uses` uses and a close rate
 *   at or above the threshold;
 * - `automatic`: sent by an enabled rule and not below the threshold (or not enough uses to say);
 * - `needs_review`: sent by an enabled rule, at least `min_uses` uses and a close rate under the
 *   threshold (`below_threshold` true).
 */
export const EFFECTIVENESS_STATUSES = ["ready_to_automate", "automatic", "needs_review", "measuring"] as const
export type EffectivenessStatus = (typeof EFFECTIVENESS_STATUSES)[number]

/** Rates are shown with 4 decimals (0.8333); null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null
}

/**
 * Whether `closed / uses` reaches `threshold`, in whole ten-thousandths so that 16 of 20 is
 * exactly 80 % (no floating-point rounding decides a marker).
 */
export function reachesThreshold(closed: number, uses: number, threshold: number): boolean {
  return uses > 0 && closed * 10_000 >= Math.round(threshold * 10_000) * uses
}

export function effectivenessStatus(
  figures: { uses: number; closed: number; automatic: boolean },
  thresholds: CannedEffectivenessSettings
): { status: EffectivenessStatus; below_threshold: boolean } {
  const measured = figures.uses >= thresholds.min_uses
  const reaches = reachesThreshold(figures.closed, figures.uses, thresholds.close_rate)
  const below = measured && !reaches
  if (figures.automatic) return { status: below ? "needs_review" : "automatic", below_threshold: below }
  return { status: measured && reaches ? "ready_to_automate" : "measuring", below_threshold: below }
}


/** One canned reply as GET /admin/support/canned-effectiveness shows it. */
export function presentEffectiveness(row: CannedEffectivenessRow, thresholds: CannedEffectivenessSettings) {
  const uses = Number(row.uses)
  const solved = Number(row.solved_without_reply)
  const reopened = Number(row.reopened)
  const closed = solved - reopened
  const answered = Number(row.answered)
  const rule_ids = [...(row.rule_ids ?? [])]
  const automatic = rule_ids.length > 0
  return {
    id: row.id,
    title: row.title,
    uses,
    automatic_uses: Number(row.automatic_uses),
    solved_without_reply: solved,
    reopened,
    closed,
    close_rate: rate(closed, uses),
    reopen_rate: rate(reopened, solved),
    satisfaction: {
      answers: answered,
      positive: Number(row.positive),
      positive_rate: rate(Number(row.positive), answered),
      scored: Number(row.scored),
      average: row.average_score === null || row.average_score === undefined ? null : Number(row.average_score),
    },
    automatic,
    rule_ids,
    ...effectivenessStatus({ uses, closed, automatic }, thresholds),
  }
}

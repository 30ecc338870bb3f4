import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const validateCannedReplyShortcutsStepId = "validate-support-canned-reply-shortcuts"

export type ShortcutClaim = { shortcut?: string | null; id?: string }

function taken(shortcut: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The shortcut "${shortcut}" is already used by another canned reply`
  )
}

/**
 * A shortcut may belong to one live canned reply (deleted ones free theirs). Checked here for a
 * clear message; the partial unique index still decides between two concurrent requests.
 */
export const validateCannedReplyShortcutsStep = createStep(
  validateCannedReplyShortcutsStepId,
  async (claims: ShortcutClaim[], { container }) => {
    const wanted = claims.filter((c): c is ShortcutClaim & { shortcut: string } => !!c.shortcut)
    if (!wanted.length) return new StepResponse(null)

    const seen = new Set<string>()
    for (const { shortcut } of wanted) {
      if (seen.has(shortcut)) throw taken(shortcut)
      seen.add(shortcut)
    }

    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const existing = await helpdesk.listSupportCannedReplies(
      { shortcut: [...seen] },
      { select: ["id", "shortcut"] }
    )
    for (const row of existing) {
      const claim = wanted.find((c) => c.shortcut === row.shortcut)
      if (claim && claim.id !== row.id) throw taken(row.shortcut!)
    }
    return new StepResponse(null)
  }
)

import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"
import { CannedReplyData } from "../types"

export const updateCannedReplyStepId = "update-support-canned-reply"

const EDITABLE = ["title", "body", "shortcut", "category", "locale", "public", "action"] as const

/**
 * Medusa's update merges JSON columns into what is stored (`mergeObjectProperties`), so an action
 * replacing another would keep the old one's fields: clear it first, then write the new one.
 */
async function writeReply(helpdesk: HelpdeskModuleService, change: { id: string } & Partial<CannedReplyData>) {
  if (change.action) await helpdesk.updateSupportCannedReplies({ id: change.id, action: null })
  return helpdesk.updateSupportCannedReplies(change)
}

/** Writes the given fields of a live canned reply; the compensation writes back the old values. */
export const updateCannedReplyStep = createStep(
  updateCannedReplyStepId,
  async (input: { id: string; update: Partial<CannedReplyData> }, { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const keys = EDITABLE.filter((k) => input.update[k] !== undefined)
    const [before] = await helpdesk.listSupportCannedReplies(
      { id: input.id },
      { select: ["id", ...keys], take: 1 }
    )
    if (!before) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Canned reply with id: ${input.id} was not found`)
    }
    if (!keys.length) {
      return new StepResponse(await helpdesk.retrieveSupportCannedReply(input.id), null)
    }
    const change: { id: string } & Partial<CannedReplyData> = { id: input.id }
    const previous: { id: string } & Partial<CannedReplyData> = { id: input.id }
    for (const key of keys) {
      Object.assign(change, { [key]: input.update[key] })
      Object.assign(previous, { [key]: before[key] ?? null })
    }
    const reply = await writeReply(helpdesk, change)
    return new StepResponse(reply, previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    await writeReply(helpdesk, previous)
  }
)

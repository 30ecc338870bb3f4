import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const setRulePositionsStepId = "set-support-rule-positions"

/**
 * Puts the named rules in this order (positions 0, 1, ...); rules not named keep their
 * positions after them. All or nothing: an unknown id is a 404. Undone by the old positions.
 */
export const setRulePositionsStep = createStep(
  setRulePositionsStepId,
  async (ids: string[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const unique = [...new Set(ids)]
    const all = await helpdesk.listSupportRules({}, { select: ["id", "position"], order: { position: "ASC", id: "ASC" } })
    const missing = unique.find((id) => !all.some((r) => r.id === id))
    if (missing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rule with id: ${missing} was not found`)
    const rest = all.filter((r) => !unique.includes(r.id)).map((r) => r.id)
    const positions = [...unique, ...rest].map((id, position) => ({ id, position }))
    await helpdesk.updateSupportRules(positions)
    return new StepResponse(positions, all.map((r) => ({ id: r.id, position: Number(r.position) })))
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateSupportRules(previous)
  }
)

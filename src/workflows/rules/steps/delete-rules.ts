import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteRulesStepId = "delete-support-rules"

/** Soft-deletes rules (unknown ids skipped); undone by restoring them. */
export const deleteRulesStep = createStep(
  deleteRulesStepId,
  async (ids: string[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    const found = ids.length ? await helpdesk.listSupportRules({ id: ids }, { select: ["id"] }) : []
    const existing = found.map((r) => r.id)
    if (existing.length) await helpdesk.softDeleteSupportRules(existing)
    return new StepResponse(existing, existing)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreSupportRules(ids)
  }
)

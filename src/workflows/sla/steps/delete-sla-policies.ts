import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE } from "../../../modules/helpdesk/domain/constants"
import type HelpdeskModuleService from "../../../modules/helpdesk/service"

export const deleteSlaPoliciesStepId = "delete-support-sla-policies"

/** Soft-deletes live policies among `ids`; tickets keep the due times they were given. */
export const deleteSlaPoliciesStep = createStep(
  deleteSlaPoliciesStepId,
  async (ids: string[], { container }) => {
    const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
    if (!ids.length) return new StepResponse([] as string[], [] as string[])
    const live = await helpdesk.listSupportSlaPolicies({ id: ids }, { select: ["id"] })
    const deleted = live.map((r) => r.id)
    if (deleted.length) await helpdesk.softDeleteSupportSlaPolicies(deleted)
    return new StepResponse(deleted, deleted)
  },
  async (deleted, { container }) => {
    if (!deleted?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreSupportSlaPolicies(deleted)
  }
)

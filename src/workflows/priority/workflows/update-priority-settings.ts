import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { PrioritySettingsInput } from "../../../modules/helpdesk/domain/priority"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { markPriorityScoresStaleStep } from "../steps/mark-priority-scores-stale"
import { mergePrioritySettingsStep } from "../steps/merge-priority-settings"

export const updatePrioritySettingsWorkflowId = "update-support-priority-settings"

/**
 * The `priority` section of Settings -> Support (rare-writer weight, window), merged over what is
 * stored; open and pending tickets are rescored by the next priority job run.
 *
 * @example
 * await updatePrioritySettingsWorkflow(container).run({ input: { rare_writer_weight: 0 } })
 */
export const updatePrioritySettingsWorkflow = createWorkflow(
  updatePrioritySettingsWorkflowId,
  (input: WorkflowData<PrioritySettingsInput>) => {
    const merged = mergePrioritySettingsStep(input)
    const saved = saveSupportSettingStep(merged).config({ name: "save-support-priority-settings" })
    markPriorityScoresStaleStep()
    return new WorkflowResponse(saved)
  }
)

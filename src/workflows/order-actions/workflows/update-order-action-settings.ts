import { createStep, createWorkflow, StepResponse, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  mergeOrderActionSettings,
  ORDER_ACTION_SETTING,
  OrderActionSettingsInput,
} from "../../../modules/helpdesk/domain/order-actions/settings"
import { saveSupportSettingStep } from "../../settings/steps/save-setting"
import { loadOrderActionSettings } from "../settings"

export const updateOrderActionSettingsWorkflowId = "update-support-order-action-settings"

const mergeOrderActionSettingsStep = createStep(
  "merge-support-order-action-settings",
  async (input: OrderActionSettingsInput, { container }) => {
    const current = await loadOrderActionSettings(container)
    return new StepResponse({ id: ORDER_ACTION_SETTING, value: mergeOrderActionSettings(current, input) })
  }
)

/**
 * The `order_actions` section of Settings -> Support: the refund approval limit (one amount, and
 * per currency). The change is merged over what is stored.
 *
 * @example
 * await updateOrderActionSettingsWorkflow(container).run({ input: { refund_approval_limit: 100 } })
 */
export const updateOrderActionSettingsWorkflow = createWorkflow(
  updateOrderActionSettingsWorkflowId,
  (input: WorkflowData<OrderActionSettingsInput>) => {
    const merged = mergeOrderActionSettingsStep(input)
    return new WorkflowResponse(saveSupportSettingStep(merged as any))
  }
)

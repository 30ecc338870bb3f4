import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateAssigneeStepId = "validate-support-assignee"

/** The assignee must be one of the store's admin users. */
export const validateAssigneeStep = createStep(
  validateAssigneeStepId,
  async (input: { assignee_id?: string | null }, { container }) => {
    if (!input.assignee_id) return new StepResponse(null)
    const users = await container.resolve(Modules.USER).listUsers({ id: input.assignee_id }, { take: 1 })
    if (!users.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Assignee ${input.assignee_id} is not an admin user of this store`
      )
    }
    return new StepResponse({ id: users[0].id, first_name: users[0].first_name })
  }
)

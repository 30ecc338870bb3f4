import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateAgentsStepId = "validate-support-agents"

/** Every id must be an admin user of the store (400 naming the first that is not). */
export const validateAgentsStep = createStep(validateAgentsStepId, async (input: { ids?: (string | null | undefined)[] }, { container }) => {
  const ids = [...new Set((input.ids ?? []).filter((id): id is string => !!id))]
  if (!ids.length) return new StepResponse(ids)
  const users = await container.resolve(Modules.USER).listUsers({ id: ids }, { select: ["id"] })
  const missing = ids.find((id) => !users.some((u: { id: string }) => u.id === id))
  if (missing) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${missing} is not an admin user of this store`)
  return new StepResponse(ids)
})

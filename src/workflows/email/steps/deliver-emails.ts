import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliverEmail, DeliveryOutcome } from "../deliver-email"

export const deliverEmailsStepId = "deliver-support-emails"

// No compensation: a mail that left cannot be called back, and a failure is recorded, not thrown.
export const deliverEmailsStep = createStep(deliverEmailsStepId, async (ids: string[], { container }) => {
  const outcomes: DeliveryOutcome[] = []
  for (const id of ids) outcomes.push(await deliverEmail(container, id))
  return new StepResponse(outcomes)
})

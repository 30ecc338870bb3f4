import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { TicketLocks } from "./lock-tickets"

export const unlockTicketsStepId = "unlock-support-tickets"

/** Gives back the keys lockTicketsStep took, and only while this run still owns them. */
export const unlockTicketsStep = createStep(unlockTicketsStepId, async (locks: TicketLocks, { container }) => {
  if (!locks?.keys.length) return new StepResponse(true)
  const released = await container.resolve(Modules.LOCKING).release(locks.keys, { ownerId: locks.owner_id })
  return new StepResponse(released)
})

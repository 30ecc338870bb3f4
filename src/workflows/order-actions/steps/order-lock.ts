import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

/** One order action at a time per order (two agents refunding at once could both pass the check). */
export const orderLockKey = (orderId: string) => `support_order_action:${orderId}`
export { acquireLockStep, releaseLockStep }

import { MedusaError } from "@medusajs/framework/utils"

type Amount = number | string | { numeric?: unknown } | null | undefined

export type PaymentAmounts = {
  id: string
  captures?: { amount: Amount }[] | null
  refunds?: { amount: Amount }[] | null
}

function num(value: Amount): number {
  const raw = value && typeof value === "object" && "numeric" in value ? value.numeric : value
  const n = Number(raw ?? 0)
  return Number.isFinite(n) ? n : 0
}

// Amounts are in the currency's main unit with up to a few decimals: round away float noise.
const round = (n: number) => Math.round(n * 1e6) / 1e6

/** What can still be refunded of each payment: captured minus refunded, never below zero. */
export function refundableByPayment(payments: PaymentAmounts[]): { payment_id: string; refundable: number }[] {
  return payments.map((p) => {
    const captured = (p.captures ?? []).reduce((s, c) => s + num(c.amount), 0)
    const refunded = (p.refunds ?? []).reduce((s, r) => s + num(r.amount), 0)
    return { payment_id: p.id, refundable: Math.max(0, round(captured - refunded)) }
  })
}

export function totalRefundable(payments: PaymentAmounts[]): number {
  return round(refundableByPayment(payments).reduce((s, p) => s + p.refundable, 0))
}

/**
 * Splits a refund over the order's payments, largest refundable first, so one payment covers it
 * when it can. Refuses (400) a non-positive amount or one above what is refundable in total.
 */
export function planRefund(payments: PaymentAmounts[], amount: number): { payment_id: string; amount: number }[] {
  if (!(amount > 0)) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The refund amount must be above zero")
  const available = refundableByPayment(payments)
    .filter((p) => p.refundable > 0)
    .sort((a, b) => b.refundable - a.refundable)
  const total = round(available.reduce((s, p) => s + p.refundable, 0))
  if (amount > total) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The refund amount ${amount} is above what is refundable on this order (${total})`
    )
  }
  const plan: { payment_id: string; amount: number }[] = []
  let left = round(amount)
  for (const p of available) {
    if (left <= 0) break
    const part = round(Math.min(left, p.refundable))
    plan.push({ payment_id: p.payment_id, amount: part })
    left = round(left - part)
  }
  return plan
}

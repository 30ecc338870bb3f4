/**
 * Phone callbacks: a shopper asks to be called back (a number and a time window), an agent logs
 * the call. Both are `phone` messages on the thread; the shopper sees a short line, agents the
 * details (message metadata, never in store responses or mail).
 */
export const CALL_OUTCOMES = ["reached", "no_answer", "voicemail", "busy", "wrong_number"] as const
export type CallOutcome = (typeof CALL_OUTCOMES)[number]

/** The tag a callback request puts on its ticket (an inbox view filters it); a logged call removes it. */
export const CALLBACK_TAG = "callback-requested"

export const MAX_CALLBACK_WINDOW_HOURS = 12
export const MAX_CALLBACK_DAYS_AHEAD = 30

/** Digits with an optional leading +, as stored and dialled ("+30 (210) 123-4567" -> "+302101234567"). */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim()
  if (!/^\+?[0-9][0-9 ().-]*$/.test(trimmed)) return null
  const digits = trimmed.replace(/[^0-9]/g, "")
  if (digits.length < 6 || digits.length > 15) return null
  return `${trimmed.startsWith("+") ? "+" : ""}${digits}`
}

/** Why a callback window cannot be taken, or null when it can. */
export function callbackWindowProblem(start: Date, end: Date, now: Date): string | null {
  if (!(end.getTime() > start.getTime())) return "window_end must be after window_start"
  if (end.getTime() - start.getTime() > MAX_CALLBACK_WINDOW_HOURS * 3_600_000) {
    return `The window may be at most ${MAX_CALLBACK_WINDOW_HOURS} hours long`
  }
  if (end.getTime() <= now.getTime()) return "The window is over already"
  if (start.getTime() > now.getTime() + MAX_CALLBACK_DAYS_AHEAD * 86_400_000) {
    return `The window must start within ${MAX_CALLBACK_DAYS_AHEAD} days`
  }
  return null
}

/** The line the shopper's request adds to the thread (UTC, so every reader gets the same times). */
export function callbackRequestLine(phone: string, start: Date, end: Date): string {
  const at = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ")
  return `Please call me back on ${phone} between ${at(start)} and ${at(end)} UTC.`
}

const OUTCOME_LINES: Record<CallOutcome, string> = {
  reached: "We spoke on the phone",
  no_answer: "We called you but nobody answered",
  voicemail: "We called you and left a voicemail",
  busy: "We called you but the line was busy",
  wrong_number: "We could not reach you at the number given",
}

/** The short line a logged call shows the shopper (the agent's notes stay with agents). */
export function callSummaryLine(outcome: CallOutcome, durationSeconds?: number | null): string {
  const minutes = durationSeconds ? Math.max(1, Math.round(durationSeconds / 60)) : null
  return `${OUTCOME_LINES[outcome]}${outcome === "reached" && minutes ? ` (${minutes} min)` : ""}.`
}

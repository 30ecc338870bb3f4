/**
 * Sliding-window rate limiting over two fixed-window counters: the current window's count plus
 * the previous window's, weighted by how much of it the sliding window still covers. A client
 * cannot double its allowance by bursting on both sides of a window boundary, which a plain fixed
 * window allows.
 */

export type RateWindow = { start: number; previousStart: number; elapsedMs: number; windowMs: number }

export function rateWindowAt(nowMs: number, windowSeconds: number): RateWindow {
  const windowMs = windowSeconds * 1000
  const start = Math.floor(nowMs / windowMs) * windowMs
  return { start, previousStart: start - windowMs, elapsedMs: nowMs - start, windowMs }
}

/** The requests counted in the sliding window ending now. */
export function slidingCount(current: number, previous: number, w: RateWindow): number {
  return current + previous * (1 - w.elapsedMs / w.windowMs)
}

/** Seconds until the sliding count is back within `max` (at least 1). */
export function retryAfterSeconds(current: number, previous: number, max: number, w: RateWindow): number {
  const toWindowEnd = w.windowMs - w.elapsedMs
  let waitMs: number
  if (current > max) {
    // The current window's count becomes the next window's "previous" and fades out over it.
    waitMs = toWindowEnd + w.windowMs * (1 - max / current)
  } else if (previous > 0) {
    waitMs = w.windowMs * (1 - (max - current) / previous) - w.elapsedMs
  } else {
    waitMs = 0
  }
  return Math.max(1, Math.ceil(waitMs / 1000))
}

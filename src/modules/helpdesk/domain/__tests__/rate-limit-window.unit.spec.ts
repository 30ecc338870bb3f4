import { rateWindowAt, retryAfterSeconds, slidingCount } from "../rate-limit-window"

describe("sliding-window rate limit", () => {
  const window = 600
  const boundary = 1_800_000_000_000 - (1_800_000_000_000 % (window * 1000))

  it("splits time into fixed windows and measures the time into the current one", () => {
    const w = rateWindowAt(boundary + 90_000, window)
    expect(w).toEqual({ start: boundary, previousStart: boundary - 600_000, elapsedMs: 90_000, windowMs: 600_000 })
  })

  it("counts the previous window by the share the sliding window still covers", () => {
    expect(slidingCount(2, 10, rateWindowAt(boundary, window))).toBe(12)
    expect(slidingCount(2, 10, rateWindowAt(boundary + 300_000, window))).toBe(7)
    expect(slidingCount(2, 10, rateWindowAt(boundary + 599_999, window))).toBeCloseTo(2, 3)
  })

  it("refuses a burst straddling a window boundary that a fixed window would let through", () => {
    // Ten requests just before the boundary, then one just after: a fixed window sees 1.
    const w = rateWindowAt(boundary + 1_000, window)
    expect(slidingCount(1, 10, w)).toBeGreaterThan(10)
  })

  it("says when the count is back within the limit", () => {
    // Over the limit in the current window: its end, then until 10 of 12 have faded (1/6 of a window).
    expect(retryAfterSeconds(12, 0, 10, rateWindowAt(boundary + 500_000, window))).toBe(100 + 100)
    // Within it now but for the previous window: 10 - 1 = 9 of 10 must remain, at 10% into the window.
    expect(retryAfterSeconds(1, 10, 10, rateWindowAt(boundary + 1_000, window))).toBe(59)
    expect(retryAfterSeconds(0, 0, 10, rateWindowAt(boundary, window))).toBe(1)
  })
})

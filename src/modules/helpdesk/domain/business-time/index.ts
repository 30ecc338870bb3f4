import { DateTime, IANAZone } from "luxon"

/**
 * Business-time arithmetic over a weekly schedule in one IANA time zone, with holidays.
 * Pure functions: no I/O, no clock; every answer depends only on the arguments, so SLA
 * clocks computed from stored times are the same after a restart.
 *
 * Local wall-clock times are turned into instants by luxon with the zone's rules, so a 09:00-17:00
 * interval on a DST day is still 8 real hours and an interval that spans the change is as long as
 * the wall clock says it is in real time (00:00-24:00 is 23 or 25 hours there). A local time that
 * does not exist (inside a spring-forward gap) moves forward by the gap, as luxon does.
 *
 * `hours` null or undefined means around the clock: plain elapsed time.
 */

/** One opening interval: `day` 0-6 (0 = Sunday), local "HH:MM" (end may be "24:00"), start < end. */
export type BusinessInterval = { day: number; start: string; end: string }

export type BusinessHoursSpec = {
  timezone: string
  intervals: BusinessInterval[]
  /** Local dates "YYYY-MM-DD" on which the schedule is closed all day. */
  holidays?: string[] | null
}

const MINUTE = 60_000
/** How far ahead an answer is searched before a schedule counts as never open (ten years). */
const MAX_DAYS = 3660

const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

export function isValidTimeZone(zone: string): boolean {
  return typeof zone === "string" && zone.length > 0 && IANAZone.isValidZone(zone)
}

export function isValidTime(value: string): boolean {
  return HHMM.test(value)
}

export function isValidDate(value: string): boolean {
  return DATE.test(value) && DateTime.fromISO(value, { zone: "UTC" }).isValid
}

/** Minutes after local midnight of "HH:MM" ("24:00" is 1440). */
export function minutesOfDay(value: string): number {
  const [h, m] = value.split(":").map(Number)
  return h * 60 + m
}

/** Problems with a schedule, as human-readable messages (empty when it is usable). */
export function validateBusinessHours(spec: BusinessHoursSpec): string[] {
  const problems: string[] = []
  if (!isValidTimeZone(spec.timezone)) problems.push(`Unknown time zone: ${spec.timezone}`)
  if (!spec.intervals.length) problems.push("At least one opening interval is required")
  spec.intervals.forEach((interval, i) => {
    if (!Number.isInteger(interval.day) || interval.day < 0 || interval.day > 6) {
      problems.push(`intervals[${i}].day must be 0-6 (0 = Sunday)`)
    }
    if (!isValidTime(interval.start) || interval.start === "24:00") {
      problems.push(`intervals[${i}].start must be HH:MM`)
    } else if (!isValidTime(interval.end)) {
      problems.push(`intervals[${i}].end must be HH:MM or 24:00`)
    } else if (minutesOfDay(interval.start) >= minutesOfDay(interval.end)) {
      problems.push(`intervals[${i}] must end after it starts`)
    }
  })
  for (const day of spec.holidays ?? []) {
    if (!isValidDate(day)) problems.push(`Holiday ${day} must be a date YYYY-MM-DD`)
  }
  return problems
}

type Window = { start: number; end: number }

/** Opening minutes per weekday (0 = Sunday), merged and sorted. */
function weekly(spec: BusinessHoursSpec): Array<Array<[number, number]>> {
  const days: Array<Array<[number, number]>> = [[], [], [], [], [], [], []]
  for (const i of spec.intervals) days[i.day].push([minutesOfDay(i.start), minutesOfDay(i.end)])
  return days.map((list) => {
    const sorted = [...list].sort((a, b) => a[0] - b[0])
    const merged: Array<[number, number]> = []
    for (const [s, e] of sorted) {
      const last = merged[merged.length - 1]
      if (last && s <= last[1]) last[1] = Math.max(last[1], e)
      else merged.push([s, e])
    }
    return merged
  })
}

function localInstant(day: DateTime, minutes: number): number {
  if (minutes >= 1440) return day.plus({ days: 1 }).startOf("day").toMillis()
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }).toMillis()
}

/** The opening windows (absolute ms) from the local day containing `from` onwards, day by day. */
function* windows(from: number, spec: BusinessHoursSpec): Generator<Window> {
  assertUsable(spec)
  const days = weekly(spec)
  const holidays = new Set(spec.holidays ?? [])
  let day = DateTime.fromMillis(from, { zone: spec.timezone }).startOf("day")
  for (let n = 0; n < MAX_DAYS; n++, day = day.plus({ days: 1 }).startOf("day")) {
    if (holidays.has(day.toISODate()!)) continue
    for (const [s, e] of days[day.weekday % 7]) {
      const start = localInstant(day, s)
      const end = localInstant(day, e)
      if (end > start) yield { start, end }
    }
  }
}

function assertUsable(spec: BusinessHoursSpec) {
  if (!isValidTimeZone(spec.timezone)) throw new Error(`Unknown time zone: ${spec.timezone}`)
}

function ms(at: Date | string | number): number {
  const t = at instanceof Date ? at.getTime() : typeof at === "number" ? at : new Date(at).getTime()
  if (Number.isNaN(t)) throw new Error(`Invalid time: ${String(at)}`)
  return t
}

/** Whether the schedule is open at `at` (start inclusive, end exclusive). */
export function isWithinBusinessHours(at: Date | string | number, hours?: BusinessHoursSpec | null): boolean {
  if (!hours) return true
  const t = ms(at)
  for (const w of windows(t, hours)) {
    if (w.start > t) return false
    if (t < w.end) return true
  }
  return false
}

/** The next instant the schedule is open: `at` itself when open; null when it never opens. */
export function nextOpening(at: Date | string | number, hours?: BusinessHoursSpec | null): Date | null {
  const t = ms(at)
  if (!hours) return new Date(t)
  for (const w of windows(t, hours)) {
    if (t < w.end) return new Date(Math.max(t, w.start))
  }
  return null
}

/**
 * The instant when `minutes` of business time have passed after `start`. Ends exactly at a
 * window's end rather than at the next opening (a target of 8 hours over a 09:00-17:00 day set at
 * 09:00 is due 17:00 the same day). Throws when the schedule never has enough open time.
 */
export function addBusinessMinutes(
  start: Date | string | number,
  minutes: number,
  hours?: BusinessHoursSpec | null
): Date {
  const t = ms(start)
  if (!Number.isFinite(minutes) || minutes < 0) throw new Error(`Invalid number of minutes: ${minutes}`)
  if (!hours) return new Date(t + minutes * MINUTE)
  let left = minutes * MINUTE
  for (const w of windows(t, hours)) {
    if (w.end <= t) continue
    const from = Math.max(t, w.start)
    if (left <= w.end - from) return new Date(from + left)
    left -= w.end - from
  }
  throw new Error("The business hours are never open long enough")
}

/** Business minutes (fractional) between `a` and `b`; 0 when `b` is not after `a`. */
export function businessMinutesBetween(
  a: Date | string | number,
  b: Date | string | number,
  hours?: BusinessHoursSpec | null
): number {
  const from = ms(a)
  const to = ms(b)
  if (to <= from) return 0
  if (!hours) return (to - from) / MINUTE
  let total = 0
  for (const w of windows(from, hours)) {
    if (w.start >= to) break
    const s = Math.max(from, w.start)
    const e = Math.min(to, w.end)
    if (e > s) total += e - s
  }
  return total / MINUTE
}

import {
  addBusinessMinutes,
  BusinessHoursSpec,
  businessMinutesBetween,
  isWithinBusinessHours,
  nextOpening,
  validateBusinessHours,
} from ".."

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((day) => ({ day, start, end }))
const everyDay = (start: string, end: string) => [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, start, end }))
const iso = (d: Date | null) => d?.toISOString()

describe("business time", () => {
  describe("Asia/Seoul (no DST)", () => {
    const seoul: BusinessHoursSpec = { timezone: "Asia/Seoul", intervals: weekdays("09:00", "18:00") }

    it("Sunday night plus 4 business hours is Monday 13:00", () => {
      // Sunday 2026-12-06 22:00 KST
      expect(iso(addBusinessMinutes("2026-12-06T13:00:00Z", 240, seoul))).toBe("2026-12-07T04:00:00.000Z")
    })

    it("a holiday moves the answer to the next open day", () => {
      const withHoliday = { ...seoul, holidays: ["2026-12-07"] }
      expect(iso(addBusinessMinutes("2026-12-06T13:00:00Z", 240, withHoliday))).toBe("2026-12-08T04:00:00.000Z")
      expect(isWithinBusinessHours("2026-12-07T03:00:00Z", withHoliday)).toBe(false)
      expect(isWithinBusinessHours("2026-12-07T03:00:00Z", seoul)).toBe(true)
    })

    it("ends at the end of a window rather than the next opening", () => {
      // Monday 09:00 KST + 9 hours = Monday 18:00 KST
      expect(iso(addBusinessMinutes("2026-12-07T00:00:00Z", 540, seoul))).toBe("2026-12-07T09:00:00.000Z")
      expect(iso(addBusinessMinutes("2026-12-07T00:00:00Z", 541, seoul))).toBe("2026-12-08T00:01:00.000Z")
    })

    it("several intervals a day skip the lunch break", () => {
      const split: BusinessHoursSpec = {
        timezone: "Asia/Seoul",
        intervals: [...weekdays("09:00", "12:00"), ...weekdays("13:00", "17:00")],
      }
      // Monday 11:00 KST + 2h = 14:00 KST
      expect(iso(addBusinessMinutes("2026-12-07T02:00:00Z", 120, split))).toBe("2026-12-07T05:00:00.000Z")
      expect(isWithinBusinessHours("2026-12-07T03:30:00Z", split)).toBe(false)
      expect(iso(nextOpening("2026-12-07T03:30:00Z", split))).toBe("2026-12-07T04:00:00.000Z")
      // Monday 10:00 -> 15:00 KST: 2h morning + 2h afternoon
      expect(businessMinutesBetween("2026-12-07T01:00:00Z", "2026-12-07T06:00:00Z", split)).toBe(240)
    })

    it("overlapping intervals of one day count once", () => {
      const overlapping: BusinessHoursSpec = {
        timezone: "Asia/Seoul",
        intervals: [{ day: 1, start: "09:00", end: "12:00" }, { day: 1, start: "11:00", end: "13:00" }],
      }
      expect(businessMinutesBetween("2026-12-06T15:00:00Z", "2026-12-08T15:00:00Z", overlapping)).toBe(240)
    })

    it("crosses midnight between a late and an early interval", () => {
      const night: BusinessHoursSpec = {
        timezone: "Asia/Seoul",
        intervals: [{ day: 0, start: "22:00", end: "24:00" }, { day: 1, start: "00:00", end: "02:00" }],
      }
      // Sunday 23:00 KST + 2h = Monday 01:00 KST
      expect(iso(addBusinessMinutes("2026-12-06T14:00:00Z", 120, night))).toBe("2026-12-06T16:00:00.000Z")
      // Monday 00:00 KST is open (start inclusive), 02:00 closed (end exclusive)
      expect(isWithinBusinessHours("2026-12-06T15:00:00Z", night)).toBe(true)
      expect(isWithinBusinessHours("2026-12-06T17:00:00Z", night)).toBe(false)
      expect(businessMinutesBetween("2026-12-06T12:00:00Z", "2026-12-06T18:00:00Z", night)).toBe(240)
      // After Monday 02:00 the next opening is the following Sunday 22:00
      expect(iso(nextOpening("2026-12-06T17:00:00Z", night))).toBe("2026-12-13T13:00:00.000Z")
    })

    it("nextOpening is the instant itself when open", () => {
      expect(iso(nextOpening("2026-12-07T03:00:00Z", seoul))).toBe("2026-12-07T03:00:00.000Z")
      // Saturday noon KST -> Monday 09:00 KST
      expect(iso(nextOpening("2026-12-05T03:00:00Z", seoul))).toBe("2026-12-07T00:00:00.000Z")
    })
  })

  describe("Europe/Athens across DST", () => {
    const athens: BusinessHoursSpec = { timezone: "Europe/Athens", intervals: weekdays("09:00", "17:00") }

    it("a weekend with the spring change keeps local opening times", () => {
      // Friday 2026-03-27 16:00 EET (+02) + 2h -> Monday 2026-03-30 10:00 EEST (+03)
      expect(iso(addBusinessMinutes("2026-03-27T14:00:00Z", 120, athens))).toBe("2026-03-30T07:00:00.000Z")
    })

    it("the autumn change too", () => {
      // Friday 2026-10-23 16:00 EEST + 2h -> Monday 2026-10-26 10:00 EET
      expect(iso(addBusinessMinutes("2026-10-23T13:00:00Z", 120, athens))).toBe("2026-10-26T08:00:00.000Z")
    })

    it("a whole-day interval lasts 23 and 25 real hours on change days", () => {
      const allDay: BusinessHoursSpec = { timezone: "Europe/Athens", intervals: everyDay("00:00", "24:00") }
      // 2026-03-29 00:00 EET .. 2026-03-30 00:00 EEST
      expect(businessMinutesBetween("2026-03-28T22:00:00Z", "2026-03-29T21:00:00Z", allDay)).toBe(23 * 60)
      // 2026-10-25 00:00 EEST .. 2026-10-26 00:00 EET
      expect(businessMinutesBetween("2026-10-24T21:00:00Z", "2026-10-25T22:00:00Z", allDay)).toBe(25 * 60)
      // and matches around-the-clock arithmetic
      expect(iso(addBusinessMinutes("2026-03-28T20:00:00Z", 600, allDay))).toBe("2026-03-29T06:00:00.000Z")
    })
  })

  describe("America/New_York across DST", () => {
    const ny: BusinessHoursSpec = { timezone: "America/New_York", intervals: weekdays("09:00", "17:00") }

    it("Friday afternoon before the autumn change to Monday", () => {
      // Friday 2026-10-30 16:00 EDT (-04) + 2h -> Monday 2026-11-02 10:00 EST (-05)
      expect(iso(addBusinessMinutes("2026-10-30T20:00:00Z", 120, ny))).toBe("2026-11-02T15:00:00.000Z")
      expect(businessMinutesBetween("2026-10-30T20:00:00Z", "2026-11-02T15:00:00Z", ny)).toBe(120)
    })

    it("an interval over the spring-forward gap is as long as it really is", () => {
      const night: BusinessHoursSpec = { timezone: "America/New_York", intervals: [{ day: 0, start: "01:00", end: "04:00" }] }
      // Sunday 2026-03-08: 01:00 EST (06:00Z) .. 04:00 EDT (08:00Z): two real hours
      expect(businessMinutesBetween("2026-03-08T00:00:00Z", "2026-03-09T00:00:00Z", night)).toBe(120)
      expect(iso(addBusinessMinutes("2026-03-08T05:00:00Z", 90, night))).toBe("2026-03-08T07:30:00.000Z")
      // The fall-back Sunday 2026-11-01 repeats 01:00-02:00: four real hours
      expect(businessMinutesBetween("2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z", night)).toBe(240)
    })
  })

  describe("around the clock and consistency", () => {
    it("no schedule is plain elapsed time", () => {
      expect(iso(addBusinessMinutes("2026-12-06T13:00:00Z", 90, null))).toBe("2026-12-06T14:30:00.000Z")
      expect(businessMinutesBetween("2026-12-06T13:00:00Z", "2026-12-06T14:30:00Z", null)).toBe(90)
      expect(isWithinBusinessHours("2026-12-06T13:00:00Z", null)).toBe(true)
      expect(businessMinutesBetween("2026-12-06T14:30:00Z", "2026-12-06T13:00:00Z", null)).toBe(0)
    })

    it("adding then measuring gives back the minutes", () => {
      const ny: BusinessHoursSpec = {
        timezone: "America/New_York",
        intervals: [...weekdays("08:30", "12:00"), ...weekdays("13:00", "18:15"), { day: 6, start: "10:00", end: "14:00" }],
        holidays: ["2026-11-26", "2026-12-25"],
      }
      let start = Date.parse("2026-10-25T00:00:00Z")
      for (let i = 0; i < 50; i++) {
        start += 7_919 * 60_000 // a step that lands at many times of day
        const minutes = (i * 97) % 3000
        const due = addBusinessMinutes(start, minutes, ny)
        expect(businessMinutesBetween(start, due, ny)).toBeCloseTo(minutes, 6)
      }
    })

    it("refuses a schedule that is never open", () => {
      expect(() => addBusinessMinutes(0, 10, { timezone: "Asia/Seoul", intervals: [] })).toThrow()
      expect(nextOpening(0, { timezone: "Asia/Seoul", intervals: [] })).toBeNull()
    })

    it("validates zones, times and holidays", () => {
      expect(validateBusinessHours({ timezone: "Asia/Seoul", intervals: weekdays("09:00", "18:00") })).toEqual([])
      expect(validateBusinessHours({ timezone: "Mars/Olympus", intervals: weekdays("09:00", "18:00") })).toHaveLength(1)
      expect(validateBusinessHours({ timezone: "UTC", intervals: [{ day: 7, start: "09:00", end: "10:00" }] })).toHaveLength(1)
      expect(validateBusinessHours({ timezone: "UTC", intervals: [{ day: 1, start: "10:00", end: "09:00" }] })).toHaveLength(1)
      expect(validateBusinessHours({ timezone: "UTC", intervals: [{ day: 1, start: "9:00", end: "24:00" }] })).toHaveLength(1)
      expect(validateBusinessHours({ timezone: "UTC", intervals: [{ day: 1, start: "00:00", end: "24:00" }], holidays: ["2026-02-30"] })).toHaveLength(1)
      expect(validateBusinessHours({ timezone: "UTC", intervals: [] })).toHaveLength(1)
    })
  })
})

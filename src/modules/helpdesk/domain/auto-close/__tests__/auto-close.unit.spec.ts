import {
  autoCloseCutoffs,
  autoCloseLocale,
  AutoCloseSettingsInputSchema,
  DEFAULT_AUTO_CLOSE_SETTINGS,
  mergeAutoCloseSettings,
  parseAutoCloseSettings,
  pendingReminderText,
} from ".."

describe("auto-close settings", () => {
  it("defaults to on: close solved after 4 days, remind after 3, solve 4 after the reminder", () => {
    expect(parseAutoCloseSettings(undefined)).toEqual({ enabled: true, solved_close_days: 4, pending_reminder_days: 3, pending_solve_days: 4 })
    expect(parseAutoCloseSettings({ solved_close_days: "soon" })).toEqual(DEFAULT_AUTO_CLOSE_SETTINGS)
    expect(mergeAutoCloseSettings(DEFAULT_AUTO_CLOSE_SETTINGS, { enabled: false })).toMatchObject({ enabled: false, solved_close_days: 4 })
  })

  it("refuses fractions, zero, more than a year and unknown keys", () => {
    for (const bad of [{ solved_close_days: 0 }, { pending_reminder_days: 1.5 }, { pending_solve_days: 366 }, { enabled: "yes" }, { days: 3 }]) {
      expect([bad, AutoCloseSettingsInputSchema.safeParse(bad).success]).toEqual([bad, false])
    }
    expect(AutoCloseSettingsInputSchema.safeParse({ solved_close_days: 1, pending_solve_days: 365 }).success).toBe(true)
  })

  it("computes the cut-offs from now", () => {
    const now = new Date("2026-12-05T12:00:00Z")
    expect(autoCloseCutoffs({ ...DEFAULT_AUTO_CLOSE_SETTINGS, pending_solve_days: 7 }, now)).toEqual({
      close_solved_before: new Date("2026-12-01T12:00:00Z"),
      remind_quiet_before: new Date("2026-12-02T12:00:00Z"),
      solve_reminded_before: new Date("2026-11-28T12:00:00Z"),
    })
  })
})

describe("pending reminder", () => {
  it("is written in the ticket's language, naming the days left", () => {
    expect(pendingReminderText({ display_id: 1042, name: "Mina", locale: "en-GB" }, { pending_solve_days: 4 })).toBe(
      "Hello Mina, we are still waiting for your answer on request #1042. If we do not hear from you within 4 days, we will consider it solved. You can reply at any time to reopen it."
    )
    expect(pendingReminderText({ display_id: 7, name: null, locale: null }, { pending_solve_days: 1 })).toContain("Hello, we are")
    expect(pendingReminderText({ display_id: 7, name: null, locale: null }, { pending_solve_days: 1 })).toContain("within 1 day,")
    expect(pendingReminderText({ display_id: 7, name: "민아", locale: "ko-KR" }, { pending_solve_days: 4 })).toBe(
      "민아님, 요청 #7에 대한 답변을 아직 기다리고 있습니다. 4일 이내에 답변이 없으면 해결된 것으로 처리됩니다. 언제든지 답장하시면 다시 열립니다."
    )
    expect(pendingReminderText({ display_id: 7, name: "Ελένη", locale: "el" }, { pending_solve_days: 4 })).toContain("μέσα σε 4 ημέρες")
    expect(autoCloseLocale("fr")).toBe("en")
  })
})

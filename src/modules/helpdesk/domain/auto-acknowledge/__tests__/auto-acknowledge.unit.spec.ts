import { addBusinessMinutes, BusinessHoursSpec, isWithinBusinessHours } from "../../business-time"
import {
  autoAckLocale,
  autoAckValues,
  AutoAcknowledgeSettingsInputSchema,
  findUnknownAutoAckPlaceholders,
  mergeAutoAcknowledgeSettings,
  renderAutoAck,
  resolveAutoAcknowledgeSettings,
} from ".."

const seoul: BusinessHoursSpec = {
  timezone: "Asia/Seoul",
  intervals: [1, 2, 3, 4, 5].map((day) => ({ day, start: "09:00", end: "18:00" })),
}

function message(now: Date, locale: "en" | "ko" | "el") {
  const due = addBusinessMinutes(now, 240, seoul)
  const { variant, values } = autoAckValues({
    now,
    locale,
    due,
    target_minutes: 240,
    timezone: seoul.timezone,
    within_hours: isWithinBusinessHours(now, seoul),
    ticket_number: 42,
    name: "Mina",
  })
  return renderAutoAck(resolveAutoAcknowledgeSettings(null).texts[locale][variant], values)
}

describe("auto-acknowledgement", () => {
  it("Sunday night in Seoul: expect us Monday by 13:00", () => {
    expect(message(new Date("2026-12-06T13:00:00Z"), "en")).toBe(
      "Hello Mina, thank you for writing to us: we have your request #42. We answer within 4 business hours; it is Sunday night in Seoul, so expect us Monday by 13:00."
    )
  })

  it("in hours: a reply today", () => {
    // Monday 10:00 KST
    expect(message(new Date("2026-12-07T01:00:00Z"), "en")).toBe(
      "Hello Mina, thank you for writing to us: we have your request #42. We answer within 4 business hours, so expect a reply today by 14:00."
    )
  })

  it("Friday evening: tomorrow is not a working day", () => {
    // Friday 17:00 KST -> 1h Friday + 3h Monday = Monday 12:00
    expect(message(new Date("2026-12-11T08:00:00Z"), "en")).toContain("expect a reply Monday by 12:00")
  })

  it("speaks Korean and Greek", () => {
    const ko = message(new Date("2026-12-06T13:00:00Z"), "ko")
    expect(ko).toContain("영업시간 기준 4시간")
    expect(ko).toContain("일요일 밤")
    expect(ko).toContain("월요일 13:00까지")
    const el = message(new Date("2026-12-06T13:00:00Z"), "el")
    expect(el).toContain("4 εργάσιμες ώρες")
    expect(el).toContain("Κυριακή νύχτα")
    expect(el).toContain("Δευτέρα έως τις 13:00")
  })

  it("promises nothing without a policy", () => {
    const { variant } = autoAckValues({
      now: new Date(), locale: "en", due: null, target_minutes: null, timezone: null, within_hours: true, ticket_number: 1, name: null,
    })
    expect(variant).toBe("no_target")
  })

  it("settings: on by default, merged, placeholders checked", () => {
    expect(resolveAutoAcknowledgeSettings(undefined).enabled).toBe(true)
    const merged = mergeAutoAcknowledgeSettings({ enabled: false, texts: { en: { in_hours: "A {{target}}" } } }, { texts: { en: { no_target: "B" } } })
    const resolved = resolveAutoAcknowledgeSettings(merged)
    expect(resolved.enabled).toBe(false)
    expect(resolved.texts.en.in_hours).toBe("A {{target}}")
    expect(resolved.texts.en.no_target).toBe("B")
    expect(findUnknownAutoAckPlaceholders("{{nope}} {{target}}")).toEqual(["nope"])
    expect(AutoAcknowledgeSettingsInputSchema.safeParse({ texts: { en: { in_hours: "{{nope}}" } } }).success).toBe(false)
    expect(AutoAcknowledgeSettingsInputSchema.safeParse({ texts: { fr: { in_hours: "x" } } }).success).toBe(false)
    expect(autoAckLocale("ko-KR")).toBe("ko")
    expect(autoAckLocale("fr")).toBe("en")
  })
})

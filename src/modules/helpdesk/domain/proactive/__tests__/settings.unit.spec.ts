import {
  DEFAULT_PROACTIVE_TEXTS,
  isAwaitingShipment,
  mergeProactiveSettings,
  notShippedWindow,
  proactiveEventKey,
  proactiveLocale,
  PROACTIVE_KINDS,
  ProactiveSettingsInputSchema,
  resolveProactiveSettings,
} from ".."
import { findUnknownPlaceholders } from "../../placeholders"

describe("proactive settings", () => {
  it("default every kind to the plugin option's on/off, its mode and the default texts", () => {
    const s = resolveProactiveSettings(undefined)
    expect(Object.keys(s)).toEqual([...PROACTIVE_KINDS])
    expect(s.order_canceled).toMatchObject({ enabled: true, mode: "shopper", custom: {} })
    expect(s.return_requested.mode).toBe("internal")
    expect(s.not_shipped).toMatchObject({ mode: "internal", days: 3 })
    expect(s.order_canceled.days).toBeUndefined()
    expect(s.payment_failed.texts.ko).toEqual(DEFAULT_PROACTIVE_TEXTS.payment_failed.ko)
    expect(resolveProactiveSettings(undefined, false).delivery_failed.enabled).toBe(false)
    expect(resolveProactiveSettings({ delivery_failed: { enabled: true } }, false).delivery_failed.enabled).toBe(true)
  })

  it("use only documented placeholders in the defaults", () => {
    for (const kind of PROACTIVE_KINDS) {
      for (const t of Object.values(DEFAULT_PROACTIVE_TEXTS[kind])) {
        expect(findUnknownPlaceholders(t.subject)).toEqual([])
        expect(findUnknownPlaceholders(t.message)).toEqual([])
      }
    }
  })

  it("refuse unknown kinds, keys, modes, placeholders and days out of range", () => {
    const bad = [
      { order_shipped: { enabled: true } },
      { order_canceled: { colour: "red" } },
      { order_canceled: { mode: "email" } },
      { order_canceled: { days: 3 } },
      { not_shipped: { days: 0 } },
      { not_shipped: { days: 61 } },
      { order_canceled: { texts: { fr: { message: "x" } } } },
      { order_canceled: { texts: { en: { message: "Hi {{customer.password}}" } } } },
      { order_canceled: { texts: { en: { message: "" } } } },
      { order_canceled: { texts: { en: { message: "a\u0000b" } } } },
    ]
    for (const b of bad) expect(ProactiveSettingsInputSchema.safeParse(b).success).toBe(false)
    expect(ProactiveSettingsInputSchema.safeParse({ not_shipped: { days: 7, mode: "shopper", texts: { el: { subject: null } } } }).success).toBe(true)
  })

  it("merge kind by kind and text by text; null takes a text back to the default", () => {
    const first = mergeProactiveSettings(undefined, { order_canceled: { texts: { en: { subject: "S {{order.display_id}}", message: "M" } } } })
    const second = mergeProactiveSettings(first, { order_canceled: { enabled: false, texts: { en: { subject: null } } }, not_shipped: { days: 5 } })
    const s = resolveProactiveSettings(second)
    expect(s.order_canceled.enabled).toBe(false)
    expect(s.order_canceled.texts.en).toEqual({ subject: DEFAULT_PROACTIVE_TEXTS.order_canceled.en.subject, message: "M" })
    expect(s.order_canceled.custom).toEqual({ en: { subject: false, message: true } })
    expect(s.not_shipped.days).toBe(5)
    expect(s.return_requested.enabled).toBe(true)
  })

  it("ignore bad stored data", () => {
    expect(resolveProactiveSettings({ order_canceled: { mode: 42 } }).order_canceled.mode).toBe("shopper")
  })

  it("pick the locale from a BCP 47 tag", () => {
    expect(proactiveLocale("ko-KR")).toBe("ko")
    expect(proactiveLocale("el")).toBe("el")
    expect(proactiveLocale("fr-FR")).toBe("en")
    expect(proactiveLocale(null)).toBe("en")
  })
})

describe("proactive event keys", () => {
  it("name the kind, the order and the event within it", () => {
    expect(proactiveEventKey("order_canceled", "order_1")).toBe("order_canceled:order_1")
    expect(proactiveEventKey("return_requested", "order_1", "ret_1")).toBe("return_requested:order_1:ret_1")
    expect(proactiveEventKey("not_shipped", "order_1", null)).toBe("not_shipped:order_1")
  })
})

describe("not shipped", () => {
  it("looks at orders placed between N + 30 and N days ago", () => {
    const now = new Date("2026-12-06T12:00:00Z")
    const { from, to } = notShippedWindow(now, 3)
    expect(to.toISOString()).toBe("2026-12-03T12:00:00.000Z")
    expect(from.toISOString()).toBe("2026-11-03T12:00:00.000Z")
  })

  it("counts an order as waiting until a fulfillment that was not canceled shipped or was delivered", () => {
    expect(isAwaitingShipment({ status: "pending", fulfillments: [] })).toBe(true)
    expect(isAwaitingShipment({ status: "pending", fulfillments: [{ shipped_at: null }] })).toBe(true)
    expect(isAwaitingShipment({ status: "pending", fulfillments: [{ shipped_at: "2026-12-01", canceled_at: "2026-12-02" }] })).toBe(true)
    expect(isAwaitingShipment({ status: "pending", fulfillments: [{ shipped_at: "2026-12-01" }] })).toBe(false)
    expect(isAwaitingShipment({ status: "pending", fulfillments: [{ delivered_at: "2026-12-01" }] })).toBe(false)
    expect(isAwaitingShipment({ status: "canceled" })).toBe(false)
    expect(isAwaitingShipment({ status: "pending", canceled_at: "2026-12-01" })).toBe(false)
    expect(isAwaitingShipment({ status: "completed" })).toBe(false)
  })
})

import el from "../locales/el"
import en from "../locales/en"
import ko from "../locales/ko"
import { formatDate, resolveLocale, translator } from "../i18n"

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe("locale tables", () => {
  const keys = Object.keys(en).sort()
  it.each([
    ["ko", ko],
    ["el", el],
  ])("%s has every English key, translated, with the same placeholders", (_tag, table) => {
    expect(Object.keys(table).sort()).toEqual(keys)
    for (const key of keys) {
      const value = (table as Record<string, string>)[key]
      expect(typeof value).toBe("string")
      expect(value.trim()).not.toBe("")
      expect([key, placeholders(value)]).toEqual([key, placeholders((en as Record<string, string>)[key])])
    }
  })

  it("really translates (not English copied over), apart from a few shared words", () => {
    for (const table of [ko, el]) {
      const same = Object.keys(en).filter((k) => (en as any)[k] === (table as any)[k])
      expect(same.every((k) => ["contact.email", "tickets.number"].includes(k))).toBe(true)
    }
  })
})

describe("translator", () => {
  it("picks the table by tag, falling back to the language and then English", () => {
    expect(resolveLocale("el-GR")).toBe("el")
    expect(resolveLocale("KO")).toBe("ko")
    expect(resolveLocale("fr")).toBe("en")
    expect(resolveLocale(undefined)).toBe("en")
  })

  it("fills placeholders and takes overrides", () => {
    expect(translator("en")("thread.title", { number: 42 })).toBe("Ticket #42")
    expect(translator("ko")("thread.title", { number: 42 })).toBe("문의 #42")
    expect(translator("el", { "help.title": "Βοήθεια" })("help.title")).toBe("Βοήθεια")
  })

  it("formats dates in the shopper's language and the given time zone", () => {
    const iso = "2026-03-05T14:30:00.000Z"
    expect(formatDate(iso, "en", "UTC")).toMatch(/Mar 5, 2026/)
    expect(formatDate(iso, "ko", "Asia/Seoul")).toMatch(/2026\. 3\. 5\./)
    expect(formatDate(iso, "ko", "Asia/Seoul")).toMatch(/11:30/)
    expect(formatDate(iso, "el", "Europe/Athens")).toMatch(/2026/)
    expect(formatDate(iso, "el", "Europe/Athens")).toMatch(/4:30|16:30/)
    expect(formatDate("not a date", "en")).toBe("")
  })
})

import fs from "fs"
import path from "path"
import i18next from "i18next"
import resources, { Messages } from "../index"
import { TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES } from "../../lib/values"

// The admin's translations against the English source: same keys (plural forms as each language
// has them), same {{variables}}, nothing empty; and every key the components ask for exists.

const ADMIN_DIR = path.resolve(__dirname, "../..")
const LANGUAGES = Object.keys(resources)
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/

function flatten(messages: Messages, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key
    if (value && typeof value === "object") for (const [k, v] of flatten(value, full)) out.set(k, v)
    else out.set(full, value)
  }
  return out
}

const flat = Object.fromEntries(LANGUAGES.map((lng) => [lng, flatten(resources[lng].translation)]))
const variables = (text: string) => [...text.matchAll(/{{\s*([^}]+?)\s*}}/g)].map((m) => m[1]).sort()
const pluralForms = (lng: string) => new Intl.PluralRules(lng).resolvedOptions().pluralCategories.slice().sort()

/** English keys with plural variants folded: "helpdesk.tickets.count" -> ["one", "other"]. */
function groups(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const key of keys) {
    const m = key.match(PLURAL_SUFFIX)
    const base = m ? key.slice(0, -m[0].length) : key
    out.set(base, m ? [...(out.get(base) ?? []), m[1]].sort() : [])
  }
  return out
}

const english = groups(flat.en.keys())

/** The resource keys a message of `base` uses in `lng`: itself, or one per plural form. */
const keysFor = (base: string, lng: string) =>
  english.get(base)!.length ? pluralForms(lng).map((f) => `${base}_${f}`) : [base]

describe("admin translations", () => {
  it("are offered in English, Korean and Greek, every key under helpdesk.", () => {
    expect(LANGUAGES.sort()).toEqual(["el", "en", "ko"])
    for (const lng of LANGUAGES) {
      expect(Object.keys(resources[lng].translation)).toEqual(["helpdesk"])
    }
    expect(english.size).toBeGreaterThan(150)
  })

  it("English plural messages have the forms English has", () => {
    for (const [base, forms] of english) {
      if (forms.length) expect([base, forms]).toEqual([base, pluralForms("en")])
    }
  })

  for (const lng of ["ko", "el"]) {
    it(`${lng} has every English message, in its own plural forms, with the same variables and no empty text`, () => {
      const missing: string[] = []
      const wrongVars: string[] = []
      const empty: string[] = []
      const expected = new Set<string>()
      for (const base of english.keys()) {
        const vars = variables(String(flat.en.get(keysFor(base, "en")[0])))
        for (const key of keysFor(base, lng)) {
          expected.add(key)
          const value = flat[lng].get(key)
          if (value === undefined) missing.push(key)
          else if (typeof value !== "string" || !value.trim()) empty.push(key)
          else if (variables(value).join() !== vars.join()) wrongVars.push(`${key}: ${value}`)
        }
      }
      const extra = [...flat[lng].keys()].filter((k) => !expected.has(k))
      expect({ missing, wrongVars, empty, extra }).toEqual({ missing: [], wrongVars: [], empty: [], extra: [] })
    })
  }

  it("every plural form of an English message uses the same variables", () => {
    for (const [base, forms] of english) {
      const sets = forms.map((f) => variables(String(flat.en.get(`${base}_${f}`))).join())
      expect(new Set(sets).size).toBeLessThanOrEqual(1)
    }
  })

  it("are read by i18next as the dashboard sets it up (plurals, interpolation, fallback)", async () => {
    const i18n = i18next.createInstance()
    await i18n.init({ resources, lng: "en", fallbackLng: "en", interpolation: { escapeValue: false } })
    const t = (lng: string, key: string, opts?: Record<string, unknown>) => i18n.getFixedT(lng)(key, opts)
    expect(t("en", "helpdesk.tickets.count", { count: 1 })).toBe("1 ticket")
    expect(t("en", "helpdesk.tickets.count", { count: 3 })).toBe("3 tickets")
    expect(t("ko", "helpdesk.tickets.count", { count: 1 })).toBe("티켓 1개")
    expect(t("el", "helpdesk.tickets.count", { count: 1 })).toBe("1 αίτημα")
    expect(t("el", "helpdesk.tickets.count", { count: 3 })).toBe("3 αιτήματα")
    expect(t("el", "helpdesk.ticket.rating", { score: 4 })).toBe("Βαθμολογία 4/5")
    // A value is not read as a template: the canned-reply syntax shown in the hint stays as typed.
    expect(t("en", "helpdesk.canned.form.placeholdersHint", { example: '{{ customer.first_name | "there" }}' })).toBe(
      'Click to insert. Add a fallback with {{ customer.first_name | "there" }}.'
    )
    expect(t("de", "helpdesk.inbox.title")).toBe("Support")
  })

  it("label every status, priority and channel the admin offers", () => {
    for (const [group, values] of [["status", TICKET_STATUSES], ["priority", TICKET_PRIORITIES], ["channel", TICKET_CHANNELS]] as const) {
      for (const v of values) expect(flat.en.has(`helpdesk.${group}.${v}`)).toBe(true)
    }
  })

  it("hold every key the admin's components ask for", () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) e.name !== "__tests__" && walk(p)
        else if (/\.tsx?$/.test(e.name) && !p.startsWith(path.join(ADMIN_DIR, "i18n"))) files.push(p)
      }
    }
    walk(ADMIN_DIR)
    const dashboard = JSON.parse(
      fs.readFileSync(require.resolve("@medusajs/dashboard/package.json").replace(/package\.json$/, "src/i18n/translations/en.json"), "utf8")
    )
    const problems: string[] = []
    let literal = 0
    let dynamic = 0
    for (const file of files) {
      const src = fs.readFileSync(file, "utf8")
      const where = path.relative(ADMIN_DIR, file)
      // t("helpdesk.x.y") and route labels `label: "helpdesk.x.y"`.
      for (const m of src.matchAll(/(?:\bt\(|label: )"([\w.]+)"/g)) {
        const key = m[1]
        literal++
        if (key.startsWith("helpdesk.")) {
          if (!english.has(key)) problems.push(`${where}: ${key}`)
        } else if (typeof key.split(".").reduce((o: any, k) => o?.[k], dashboard) !== "string") {
          problems.push(`${where}: ${key} (not a dashboard key)`)
        }
      }
      // t(`helpdesk.status.${v}`): the part before ${ must be a group of messages.
      for (const m of src.matchAll(/\bt\(`(helpdesk\.[\w.]+\.)\$\{/g)) {
        dynamic++
        if (![...english.keys()].some((k) => k.startsWith(m[1]))) problems.push(`${where}: ${m[1]}*`)
      }
      if (/i18n\/en"/.test(src)) problems.push(`${where}: imports en.ts; use useTranslation()`)
    }
    expect(problems).toEqual([])
    expect(literal).toBeGreaterThan(100)
    expect(dynamic).toBeGreaterThan(5)
  })
})

"use client"
import { useId } from "react"
import type { Translate } from "../i18n.js"
import type { CallbackInput } from "../types.js"

export type CallbackValue = { phone: string; from: string; to: string }

const pad = (n: number) => String(n).padStart(2, "0")
/** A Date as the value of `<input type="datetime-local">`, in the browser's time zone. */
export const toLocalInput = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`

/** Tomorrow 10:00 to 12:00 in the shopper's time zone. */
export function defaultCallbackValue(now = new Date()): CallbackValue {
  const from = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 10, 0)
  const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 12, 0)
  return { phone: "", from: toLocalInput(from), to: toLocalInput(to) }
}

/**
 * The API body for a callback, or which field is wrong. The local times are read in the
 * browser's time zone and sent as UTC ISO times (the server checks the same rules again).
 */
export function callbackInput(v: CallbackValue, now = new Date()): { input?: CallbackInput; problem?: "phone" | "window" } {
  const phone = v.phone.trim()
  const digits = phone.replace(/[^0-9]/g, "")
  if (!/^\+?[0-9][0-9 ().-]*$/.test(phone) || digits.length < 6 || digits.length > 15) return { problem: "phone" }
  const start = new Date(v.from)
  const end = new Date(v.to)
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return { problem: "window" }
  const ms = end.getTime() - start.getTime()
  if (ms <= 0 || ms > 12 * 3_600_000 || end.getTime() <= now.getTime()) return { problem: "window" }
  return { input: { phone, window_start: start.toISOString(), window_end: end.toISOString() } }
}

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"
  } catch {
    return "UTC"
  }
}

/** Phone number and a preferred time window in the shopper's time zone. */
export function CallbackFields(props: {
  t: Translate
  value: CallbackValue
  onChange: (v: CallbackValue) => void
  invalid?: "phone" | "window"
  idPrefix?: string
}) {
  const { t, value, onChange, invalid } = props
  const generated = useId()
  const id = props.idPrefix ?? `mhd${generated.replace(/[^a-zA-Z0-9_-]/g, "")}`
  return (
    <div className="mhd-callback">
      <div className="mhd-field">
        <label className="mhd-label" htmlFor={`${id}-phone`}>
          {t("callback.phone")}
        </label>
        <input
          id={`${id}-phone`}
          className="mhd-input"
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          dir="ltr"
          maxLength={40}
          value={value.phone}
          aria-invalid={invalid === "phone" || undefined}
          aria-describedby={invalid === "phone" ? `${id}-phone-err` : undefined}
          onChange={(e) => onChange({ ...value, phone: e.currentTarget.value })}
        />
        {invalid === "phone" && (
          <p id={`${id}-phone-err`} className="mhd-error">
            {t("error.phone")}
          </p>
        )}
      </div>
      <div className="mhd-field-row">
        <div className="mhd-field">
          <label className="mhd-label" htmlFor={`${id}-from`}>
            {t("callback.from")}
          </label>
          <input
            id={`${id}-from`}
            className="mhd-input"
            type="datetime-local"
            value={value.from}
            aria-invalid={invalid === "window" || undefined}
            aria-describedby={`${id}-zone`}
            onChange={(e) => onChange({ ...value, from: e.currentTarget.value })}
          />
        </div>
        <div className="mhd-field">
          <label className="mhd-label" htmlFor={`${id}-to`}>
            {t("callback.to")}
          </label>
          <input
            id={`${id}-to`}
            className="mhd-input"
            type="datetime-local"
            value={value.to}
            aria-invalid={invalid === "window" || undefined}
            aria-describedby={`${id}-zone`}
            onChange={(e) => onChange({ ...value, to: e.currentTarget.value })}
          />
        </div>
      </div>
      <p id={`${id}-zone`} className="mhd-hint" suppressHydrationWarning>
        {t("callback.zone", { zone: browserTimeZone() })}
      </p>
      {invalid === "window" && <p className="mhd-error">{t("error.window")}</p>}
    </div>
  )
}

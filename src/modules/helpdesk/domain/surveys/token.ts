import { createHmac, timingSafeEqual } from "crypto"
import { SurveyScale } from "./settings"

/**
 * The survey link's token: `<ticket id>.<solved at, ms, base 36>.<expires at, ms, base 36>.<scale>.<mac>`,
 * the mac an HMAC-SHA256 (base64url) of everything before it under a key used for nothing else.
 * Nothing is stored: the same solve gives the same token, so the solved mail and the thread's
 * survey message carry one link. It names one ticket and one time it was solved, and stops working
 * when it expires.
 */
export type SurveyTokenPayload = {
  ticket_id: string
  /** The ticket's solved_at (ms) when the survey was offered: tells one solve from the next. */
  occurrence: number
  expires_at: number
  scale: SurveyScale
}

const SCALE_CODES: Record<SurveyScale, string> = { yes_no: "y", five_point: "5" }
const SCALES_BY_CODE: Record<string, SurveyScale> = { y: "yes_no", "5": "five_point" }
const TOKEN = /^(supt_[A-Za-z0-9]{1,60})\.([0-9a-z]{1,12})\.([0-9a-z]{1,12})\.([y5])\.([A-Za-z0-9_-]{43})$/

function mac(secret: string, body: string): string {
  return createHmac("sha256", secret).update(`support-survey:v1:${body}`).digest("base64url")
}

export function signSurveyToken(secret: string, payload: SurveyTokenPayload): string {
  const body = [payload.ticket_id, payload.occurrence.toString(36), payload.expires_at.toString(36), SCALE_CODES[payload.scale]].join(".")
  return `${body}.${mac(secret, body)}`
}

export type SurveyTokenCheck =
  | { ok: true; payload: SurveyTokenPayload }
  | { ok: false; reason: "invalid" | "expired"; payload?: SurveyTokenPayload }

/** Whether `token` was signed with `secret` and is still valid at `now`. */
export function verifySurveyToken(secret: string, token: string, now: Date): SurveyTokenCheck {
  const m = typeof token === "string" ? TOKEN.exec(token) : null
  if (!m) return { ok: false, reason: "invalid" }
  const body = token.slice(0, token.lastIndexOf("."))
  const given = Buffer.from(m[5], "base64url")
  const expected = Buffer.from(mac(secret, body), "base64url")
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" }
  const payload: SurveyTokenPayload = {
    ticket_id: m[1],
    occurrence: parseInt(m[2], 36),
    expires_at: parseInt(m[3], 36),
    scale: SCALES_BY_CODE[m[4]],
  }
  if (now.getTime() >= payload.expires_at) return { ok: false, reason: "expired", payload }
  return { ok: true, payload }
}

import { normalizeText } from "../search-tokens"

export const MAX_HANDLE_LENGTH = 100

/** A handle as a URL path segment: lower-case letters (any script) and digits, joined by dashes. */
export const HANDLE_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u

/**
 * The handle made from a title when none is given: folded as search folds text (lower case, no
 * accents), words joined by dashes ("Où est ma commande ?" -> "ou-est-ma-commande", "배송 조회" ->
 * "배송-조회"). Empty when the title has no letters or digits.
 */
export function handleFromTitle(title: string): string {
  const words = normalizeText(title).match(/[\p{L}\p{N}]+/gu) ?? []
  let out = ""
  for (const word of words) {
    const next = out ? `${out}-${word}` : word
    if ([...next].length > MAX_HANDLE_LENGTH) break
    out = next
  }
  return HANDLE_PATTERN.test(out) ? out : ""
}

/** The primary language of a BCP 47 tag ("ko-KR" -> "ko"). */
export function primaryLanguage(locale: string): string {
  return locale.split("-")[0].toLowerCase()
}

/**
 * Locales to look for, best first, for a shopper's request locale: the tag itself, its primary
 * language, then English (the default every article base is written in).
 */
export function localePreference(requested: string | null | undefined): string[] {
  const out: string[] = []
  if (requested) {
    out.push(requested)
    out.push(primaryLanguage(requested))
  }
  out.push("en")
  return [...new Set(out)]
}

/** Header values by lower-case name, each occurrence once, unfolded and trimmed. */
export type HeaderMap = Map<string, string[]>

export function headerMap(entries: Iterable<{ name: string; value: string }>): HeaderMap {
  const map: HeaderMap = new Map()
  for (const { name, value } of entries) {
    const key = name.trim().toLowerCase()
    if (!key) continue
    const list = map.get(key) ?? []
    list.push(value.replace(/\r?\n[ \t]+/g, " ").trim())
    map.set(key, list)
  }
  return map
}

/** mailparser's `headerLines` (`{ key, line: "Name: value" }`) as a HeaderMap. */
export function headerMapFromLines(lines: readonly { key: string; line: string }[]): HeaderMap {
  return headerMap(
    lines
      .filter((l) => l.key)
      .map((l) => {
        const colon = l.line.indexOf(":")
        return { name: l.key, value: colon >= 0 ? l.line.slice(colon + 1) : "" }
      })
  )
}

export function firstHeader(headers: HeaderMap, name: string): string | null {
  return headers.get(name)?.[0] ?? null
}

/** Message-IDs in a header value (`<a@b> <c@d>`), with their brackets. */
export function messageIdsIn(value: string | null | undefined): string[] {
  if (!value) return []
  const ids = value.match(/<[^<>\s]+>/g)
  if (ids) return ids
  return value.split(/\s+/).filter((s) => s.includes("@")).map((s) => `<${s}>`)
}

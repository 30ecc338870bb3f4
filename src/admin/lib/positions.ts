export type Positioned = { id: string; position: number }

/** `items` with the one at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(items.length - 1, to))
  if (from === target || from < 0 || from >= items.length) return items
  const next = items.slice()
  const [moved] = next.splice(from, 1)
  next.splice(target, 0, moved)
  return next
}

/**
 * The positions to save for a list put in a new order: the list's own positions, sorted, are
 * handed out again in the new order, so the list keeps its place among rows it does not show
 * (one category's articles among the language's others). Equal positions (every new row starts
 * at 0) are spread to the next free number so the order holds. Only changed rows are returned.
 */
export function positionsForOrder(ordered: Positioned[]): Positioned[] {
  const slots = ordered.map((r) => r.position).sort((a, b) => a - b)
  for (let i = 1; i < slots.length; i++) if (slots[i] <= slots[i - 1]) slots[i] = slots[i - 1] + 1
  return ordered.flatMap((row, i) => (row.position === slots[i] ? [] : [{ id: row.id, position: slots[i] }]))
}

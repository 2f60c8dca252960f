export type Segment = { text: string; marked: boolean }

/**
 * Splits text into plain and marked runs from inclusive [start, end] match ranges, so the
 * highlighting is built as text nodes and never from an HTML string.
 */
export function toSegments(text: string, ranges: readonly [number, number][] = []): Segment[] {
  const merged: [number, number][] = []
  for (const [start, end] of ranges.toSorted((a, b) => a[0] - b[0])) {
    const from = Math.max(0, start)
    const to = Math.min(text.length - 1, end)
    if (to < from) continue
    const last = merged.at(-1)
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  const segments: Segment[] = []
  let cursor = 0
  for (const [from, to] of merged) {
    if (from > cursor) segments.push({ text: text.slice(cursor, from), marked: false })
    segments.push({ text: text.slice(from, to + 1), marked: true })
    cursor = to + 1
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false })
  return segments
}

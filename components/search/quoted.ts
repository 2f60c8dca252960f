/** “a”, “b” or “c”: words the reader typed, quoted, as the page names them. */
export function quoted(words: readonly string[], conjunction = 'and'): string {
  const each = words.map((word) => `“${word}”`)
  return each.length <= 1 ? (each[0] ?? '') : `${each.slice(0, -1).join(', ')} ${conjunction} ${each.at(-1)}`
}

/** The two statistics the bench reports: the median over runs and a percentile over keystrokes. */

/** Median of the numbers that are not NaN; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).toSorted((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Nearest-rank percentile (fraction in 0–1) of values sorted ascending. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

/** The median of each numeric field over several records of the same shape. */
export function medianRecord<T extends Record<string, number>>(records: readonly T[]): T {
  const first = records[0]
  if (!first) throw new Error('medianRecord needs at least one record')
  return Object.fromEntries(
    Object.keys(first).map((key) => [key, median(records.map((record) => record[key] ?? Number.NaN))]),
  ) as T
}

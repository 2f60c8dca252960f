import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'

import type { SignalsFile } from '../../lib/signals/schema'
import { normalizePypiName, type SignalTarget } from './targets'

/**
 * Seeds PyPI figures from a dated snapshot of the package index: a TSV whose first line names the
 * columns, with at least `name`, `version` and `month` (the month of that release). The snapshot's
 * figures never replace ones observed later.
 */

export type SeedReport = {
  signals: SignalsFile
  seeded: string[]
  /** Entries whose package the snapshot does not list. */
  missing: { slug: string; name: string }[]
  /** Entries whose stored figures were observed after the snapshot. */
  keptNewer: string[]
}

type SnapshotRow = { name: string; version: string; month: string }

/** Reads only the rows for `wanted` names (the snapshot is large); throws on a file without the columns. */
async function readSnapshotRows(
  path: string,
  wanted: ReadonlySet<string>,
): Promise<Map<string, SnapshotRow>> {
  const rows = new Map<string, SnapshotRow>()
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })
  let columns: { name: number; version: number; month: number } | null = null
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    const cells = line.split('\t')
    if (!columns) {
      const [name = -1, version = -1, month = -1] = ['name', 'version', 'month'].map((column) =>
        cells.indexOf(column),
      )
      if ([name, version, month].includes(-1))
        throw new Error(
          `${path}: the first line must name the columns name, version and month; got "${line}"`,
        )
      columns = { name, version, month }
      continue
    }
    const name = cells[columns.name]
    if (!name || !wanted.has(normalizePypiName(name))) continue
    const version = cells[columns.version] ?? ''
    const month = cells[columns.month] ?? ''
    if (!/^\d{4}-\d{2}$/.test(month) || version === '')
      throw new Error(`${path}:${lineNumber}: "${name}" has no version or no month "YYYY-MM"`)
    rows.set(normalizePypiName(name), { name, version, month })
  }
  return rows
}

export async function seedFromSnapshot(
  targets: readonly SignalTarget[],
  stored: SignalsFile,
  snapshot: { path: string; observed: string; source: string },
): Promise<SeedReport> {
  const packages = targets.filter((target) => target.pypi)
  const rows = await readSnapshotRows(
    snapshot.path,
    new Set(packages.map((target) => normalizePypiName(target.pypi!))),
  )
  const signals: SignalsFile = structuredClone(stored)
  const report: SeedReport = { signals, seeded: [], missing: [], keptNewer: [] }
  for (const target of packages) {
    const row = rows.get(normalizePypiName(target.pypi!))
    if (!row) {
      report.missing.push({ slug: target.slug, name: target.pypi! })
      continue
    }
    const previous = signals[target.slug]?.pypi
    if (previous && previous.observed > snapshot.observed) {
      report.keptNewer.push(target.slug)
      continue
    }
    const entry = (signals[target.slug] ??= {})
    entry.pypi = {
      name: row.name,
      version: row.version,
      released: row.month,
      observed: snapshot.observed,
      source: snapshot.source,
    }
    // A stored `django` stays as it is: it names its release, and the site reads it only while that is
    // the latest version.
    report.seeded.push(target.slug)
  }
  return report
}

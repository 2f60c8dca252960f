import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import { parseSignals, serializeSignals, type SignalsFile } from '../../lib/signals/schema'

/** The signals in `path`; an absent file is an empty set (no entry has signals yet). */
export function readSignalsFile(path: string): SignalsFile {
  if (!existsSync(path)) return {}
  return parseSignals(readFileSync(path, 'utf8'), path)
}

/**
 * Writes the signals only when their text differs from the file's, through a temp file in the same
 * folder renamed over it, so a reader (or a crash) never sees half a file. Returns whether it wrote.
 */
export function writeSignalsFile(path: string, signals: SignalsFile): boolean {
  const text = serializeSignals(signals)
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  try {
    writeFileSync(temp, text)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
  return true
}

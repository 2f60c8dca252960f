import { existsSync, readFileSync } from 'node:fs'

import writeFileAtomic from 'write-file-atomic'

import { parseSignals, serializeSignals, type SignalsFile } from '../../lib/signals/schema'

/** The signals in `path`; an absent file is an empty set (no entry has signals yet). */
export function readSignalsFile(path: string): SignalsFile {
  if (!existsSync(path)) return {}
  return parseSignals(readFileSync(path, 'utf8'), path)
}

/**
 * Writes the signals only when their text differs from the file's, through a temp file renamed over it,
 * so a reader (or a crash) never sees half a file. Returns whether it wrote.
 */
export function writeSignalsFile(path: string, signals: SignalsFile): boolean {
  const text = serializeSignals(signals)
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false
  writeFileAtomic.sync(path, text)
  return true
}

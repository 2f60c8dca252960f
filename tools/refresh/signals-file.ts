import { existsSync, readFileSync } from 'node:fs'

import { parseSignals, serializeSignals, SignalsFileError, type SignalsFile } from '../../lib/signals/schema'
import type { Output } from '../lib/cli'
import { replaceFile } from '../lib/files'

/**
 * The signals in `path` (an absent file is an empty set: no entry has signals yet), or null after printing
 * `<refusal>: ` and every bad field of the file: the command stops there.
 */
export function readSignalsFile(path: string, refusal: string, io: Output): SignalsFile | null {
  try {
    return existsSync(path) ? parseSignals(readFileSync(path, 'utf8'), path) : {}
  } catch (error) {
    if (!(error instanceof SignalsFileError)) throw error
    io.err(`${refusal}: ${error.message}`)
    return null
  }
}

/** Replaces the file (whole, see replaceFile) only when the text differs; returns whether it wrote. */
export function writeSignalsFile(path: string, signals: SignalsFile): boolean {
  const text = serializeSignals(signals)
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false
  replaceFile(path, text)
  return true
}

import { linkSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

import writeFileAtomic from 'write-file-atomic'

/** Replaces a file whole: readers see the old text or the new, never half of it. */
export function replaceFile(path: string, text: string): void {
  writeFileAtomic.sync(path, text)
}

/**
 * Writes a file that must not exist yet, whole or not at all: the text goes to a temp file first, which is
 * then linked into place. The link fails, and nothing is written, when a file of that name has appeared.
 */
export function writeNewFile(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
  writeFileSync(temp, text)
  try {
    linkSync(temp, path)
  } finally {
    rmSync(temp, { force: true })
  }
}

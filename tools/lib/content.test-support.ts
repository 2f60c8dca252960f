import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach } from 'vitest'

import { readContentFiles } from '../content/content-files'
import { readEntryRecord, type EntryRecord } from '../content/content-records'
import type { Output } from './cli'

/** A fresh content folder in the system temp dir holding the real topic files and no entries. */
export function tempContent(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ads-content-'))
  cpSync('content/topics', join(dir, 'topics'), { recursive: true })
  mkdirSync(join(dir, 'entries'))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Call at a test file's top level: each call of the returned function gives a fresh folder, removed after the test. */
export function tempContentPerTest(): () => string {
  const cleanups: (() => void)[] = []
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup()
  })
  return () => {
    const content = tempContent()
    cleanups.push(content.cleanup)
    return content.dir
  }
}

export function entriesIn(dir: string): EntryRecord[] {
  return readContentFiles(dir).entries.map(readEntryRecord)
}

export function entryFileNames(dir: string): string[] {
  return readdirSync(join(dir, 'entries')).toSorted()
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8')
}

/** An Output that keeps what a command printed. */
export function captureOutput(): Output & { stdout: () => string; stderr: () => string } {
  const out: string[] = []
  const err: string[] = []
  return {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stdout: () => out.join('\n'),
    stderr: () => err.join('\n'),
  }
}

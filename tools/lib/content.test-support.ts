import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach } from 'vitest'

import { readContent } from '../content/content-files'
import type { EntryRecord } from '../content/content-rules'
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

/** The entries of a content folder; throws on the first problem (tests write only valid files). */
export function entriesIn(dir: string): EntryRecord[] {
  const { problems, entries } = readContent(dir)
  if (problems[0]) throw new Error(`${problems[0].file}: ${problems[0].message}`)
  return entries
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

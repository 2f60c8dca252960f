import 'server-only'

import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { getEntry, type Entry } from './catalog'
import { deriveSignals, type DerivedSignals, type Superseded } from '../signals/card-signals'
import { parseSignals, type EntrySignals, type SignalsFile } from '../signals/schema'
import { BUILT_AT } from './build-date'
import { siteEnv } from '../env.mjs'

/**
 * The one door to content/signals.json for the build: read and checked once, then looked up by slug.
 * An entry the file does not mention has no signals, and the site shows none. Another content folder
 * (CONTENT_DIR, e.g. an imported list) has its own file, or none.
 */

const SIGNALS_FILE = resolve(siteEnv.contentDir, 'signals.json')

let cached: SignalsFile | null = null

function signalsFile(): SignalsFile {
  cached ??= existsSync(SIGNALS_FILE) ? parseSignals(readFileSync(SIGNALS_FILE, 'utf8'), SIGNALS_FILE) : {}
  return cached
}

export function getStoredSignals(slug: string): EntrySignals | undefined {
  return Object.hasOwn(signalsFile(), slug) ? signalsFile()[slug] : undefined
}

export function signalsOf(entry: Entry): DerivedSignals {
  return deriveSignals(getStoredSignals(entry.slug), BUILT_AT)
}

/** The entry's curated replacement: another entry (by slug) or an outside page (by URL). */
export function supersededOf(entry: Entry): Superseded | null {
  const target = entry.supersededBy
  if (!target) return null
  const reason = entry.supersededReason ?? null
  if (/^https?:\/\//.test(target)) return { label: new URL(target).host, href: target, reason }
  const other = getEntry(target)
  if (!other) throw new Error(`content/entries/${entry.slug}.md: supersededBy names no entry: "${target}"`)
  return { label: other.title, href: other.permalink, reason }
}

// A made-up catalogue larger than the real one, for the browser tests of what only a long list shows:
// the home page's view of a long topic and a topic's second static page (over 100 entries).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const LARGE_CONTENT = '.e2e/large-content'
export const LARGE_OUT = '.e2e/out-large'
/** Every entry is on Caching; every third also on Search. */
export const LARGE_ENTRY_COUNT = 230

const TYPES = ['repository', 'article', 'audio', 'video', 'book']

/** The title of the n-th made-up entry (1-based); titles sort in the order of n. */
export const largeEntryTitle = (n) => `Fixture entry ${String(n).padStart(3, '0')}`

/** Writes the catalogue: the real topic files and LARGE_ENTRY_COUNT entries, replacing any earlier one. */
export function writeLargeCatalogue(dir = LARGE_CONTENT) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'entries'), { recursive: true })
  cpSync('content/topics', join(dir, 'topics'), { recursive: true })
  for (let n = 1; n <= LARGE_ENTRY_COUNT; n++) {
    const topics = n % 3 === 0 ? 'caching, search' : 'caching'
    const day = String((n % 28) + 1).padStart(2, '0')
    const text = [
      '---',
      `title: "${largeEntryTitle(n)}"`,
      `url: https://fixture.example.org/${n}/`,
      `type: ${TYPES[n % TYPES.length]}`,
      `topics: [${topics}]`,
      `added: 2026-10-${day}`,
      '---',
      '',
      `A made-up entry for the browser tests, number ${n}.`,
      '',
    ].join('\n')
    writeFileSync(join(dir, 'entries', `fixture-entry-${n}.md`), text)
  }
}

// A real awesome list imported into an empty catalogue, for the browser tests of "any list in, a site out".
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const IMPORTED_LIST = 'tools/awesome-list/fixtures/lists/awesome-django.md'
// Overridable, to smoke-test the site of another imported list with e2e/imported-list.spec.ts.
export const IMPORTED_CONTENT = process.env.IMPORTED_CONTENT ?? '.e2e/imported-content'
export const IMPORTED_OUT = process.env.IMPORTED_OUT ?? '.e2e/out-imported'
/** The flags a maintainer new to the tool would pass for this list. */
const FLAGS = ['--create-topics', '--type', 'article', '--map', 'Python Packages=repository']

/** Imports the list into IMPORTED_CONTENT (replacing any earlier import); prints only the report's totals. */
export function importList() {
  rmSync(IMPORTED_CONTENT, { recursive: true, force: true })
  const result = spawnSync(
    'npx',
    ['tsx', 'tools/awesome-list/import.ts', IMPORTED_LIST, ...FLAGS, '--content', IMPORTED_CONTENT],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  )
  console.log(
    result.stdout
      .split('\n')
      .filter((line) => /^(Total|Skipped):/.test(line))
      .join('\n'),
  )
  return result.status ?? 1
}

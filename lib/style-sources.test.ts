import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

// app/globals.css names the folders Tailwind reads class names from; markup anywhere else gets no styles.
const ROOT = join(import.meta.dirname, '..')
const stylesheet = readFileSync(join(ROOT, 'app', 'globals.css'), 'utf8')
const sourceFolders = [...stylesheet.matchAll(/^@source '\.\.\/([^']+)';$/gm)].map((match) => match[1] ?? '')

const NOT_SOURCE = new Set([
  'node_modules',
  '.next',
  'out',
  '.content-collections',
  '.git',
  'bench',
  'test-results',
])

/** Every .tsx or .jsx file under the project, generated output and dependencies aside, that sets a className. */
function filesWithMarkup(folder = ''): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((item) => {
    const path = folder ? `${folder}/${item.name}` : item.name
    if (item.isDirectory()) return NOT_SOURCE.has(item.name) ? [] : filesWithMarkup(path)
    const isMarkup =
      /\.(tsx|jsx)$/.test(item.name) && readFileSync(join(ROOT, path), 'utf8').includes('className=')
    return isMarkup ? [path] : []
  })
}

describe('the style sheet’s sources', () => {
  it('switches automatic detection off and names only folders that exist', () => {
    expect(stylesheet).toMatch(/^@import 'tailwindcss' source\(none\);$/m)
    expect(sourceFolders.length).toBeGreaterThan(0)
    for (const folder of sourceFolders) expect(readdirSync(join(ROOT, folder)).length).toBeGreaterThan(0)
  })

  it('cover every file that sets a className', () => {
    const markup = filesWithMarkup()
    expect(markup.length).toBeGreaterThan(10)
    const uncovered = markup.filter((path) => !sourceFolders.some((folder) => path.startsWith(`${folder}/`)))
    expect(uncovered).toEqual([])
  })
})

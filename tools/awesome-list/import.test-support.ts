import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** What the import tests share: the seed list, a fixed "today", and a list file written into a folder. */

export const SEED = 'tools/awesome-list/fixtures/awesome-django-scale.md'
export const TODAY = '2026-11-25'

export function listFile(dir: string, markdown: string, name = 'list.md') {
  const path = join(dir, name)
  writeFileSync(path, markdown)
  return path
}

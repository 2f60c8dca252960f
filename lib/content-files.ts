import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

import type { ContentFile } from './content-rules'

/** Reads the raw content files from disk, named relative to the working directory. */
export function readContentFiles(contentDir: string): { entries: ContentFile[]; topics: ContentFile[] } {
  const read = (folder: string): ContentFile[] => {
    const dir = join(contentDir, folder)
    let names: string[]
    try {
      names = readdirSync(dir)
    } catch {
      return []
    }
    return names
      .filter((name) => name.endsWith('.md'))
      .toSorted()
      .map((name) => ({
        path: relative(process.cwd(), join(dir, name)),
        bytes: readFileSync(join(dir, name)),
      }))
  }
  return { entries: read('entries'), topics: read('topics') }
}

import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs'
import { join, relative } from 'node:path'

import { readSiteSettings } from '../../lib/site-settings'
import { checkContent, type CheckedContent, type ContentFile, type ContentFolder } from './content-rules'

/**
 * Reads the raw content files from disk, named relative to the working directory. A folder that is not
 * there is an error, never an empty catalogue: a mistyped CONTENT_DIR or --content must not pass as
 * "0 entries".
 */
export function readContentFiles(contentDir: string): Required<ContentFolder> {
  for (const dir of [contentDir, join(contentDir, 'entries'), join(contentDir, 'topics')]) {
    if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
      throw new Error(
        `${dir}/ is not a folder. The content folder (CONTENT_DIR or --content, default content) ` +
          'must hold entries/ and topics/.',
      )
    }
  }
  const strays: string[] = []
  const read = (folder: string): ContentFile[] => {
    const dir = join(contentDir, folder)
    const items = readdirSync(dir, { withFileTypes: true })
    const named = (name: string) => relative(process.cwd(), join(dir, name))
    const isMarkdownFile = (item: Dirent) => item.isFile() && item.name.endsWith('.md')
    // Dotfiles (.DS_Store, .gitkeep) are the editor's or the OS's, not content.
    for (const item of items) {
      if (!isMarkdownFile(item) && !item.name.startsWith('.')) strays.push(named(item.name))
    }
    return items
      .filter(isMarkdownFile)
      .map((item) => item.name)
      .toSorted()
      .map((name) => ({ path: named(name), bytes: readFileSync(join(dir, name)) }))
  }
  return {
    entries: read('entries'),
    topics: read('topics'),
    strays: strays.toSorted(),
    sourcesRequired: readSiteSettings(contentDir).sourcesRequired,
  }
}

/** The content folder's files, checked: their problems and the records of those that passed. */
export function readContent(contentDir: string): CheckedContent {
  return checkContent(readContentFiles(contentDir))
}

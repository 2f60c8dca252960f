import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { DEFAULT_SITE_SETTINGS } from './schema/site-settings'
import { readSiteSettings } from './site-settings'

const folders: string[] = []
afterEach(() => folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const folderWith = (siteJson?: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-site-'))
  folders.push(dir)
  if (siteJson !== undefined) writeFileSync(join(dir, 'site.json'), siteJson)
  return dir
}

describe("a content folder's site.json", () => {
  it('gives the site its name and words, and whether entries must carry their sources', () => {
    const settings = readSiteSettings('content')
    expect(settings.name.length).toBeGreaterThan(0)
    expect(settings.sourcesRequired).toBe(true)
  })

  it('falls back to plain words, requiring no sources, for a folder without one', () => {
    expect(readSiteSettings(folderWith())).toEqual(DEFAULT_SITE_SETTINGS)
  })

  it('names the file and the field of a bad value, and refuses an unknown field', () => {
    const base = { name: 'A list', tagline: 'Its tagline', description: 'What it holds' }
    expect(() => readSiteSettings(folderWith(JSON.stringify({ ...base, name: '' })))).toThrow(
      /site\.json: field "name"/,
    )
    expect(() => readSiteSettings(folderWith(JSON.stringify({ ...base, nmae: 'x' })))).toThrow(/site\.json/)
    expect(() => readSiteSettings(folderWith('{ not json'))).toThrow(/site\.json: is not valid JSON/)
  })
})

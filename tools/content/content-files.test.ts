import { rmSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readContentFiles } from './content-files'
import { tempContentPerTest } from '../lib/content.test-support'

const folder = tempContentPerTest()

describe('readContentFiles', () => {
  it('reads a folder with entries/ and topics/, however few files they hold', () => {
    const files = readContentFiles(folder())
    expect(files.entries).toEqual([])
    expect(files.topics.length).toBeGreaterThan(0)
  })

  it('refuses a content folder that does not exist, naming it', () => {
    const missing = join(folder(), 'contnet')
    expect(() => readContentFiles(missing)).toThrow(`${missing}/ is not a folder`)
  })

  it.each(['entries', 'topics'])('refuses a content folder without %s/, naming it', (name) => {
    const dir = folder()
    rmSync(join(dir, name), { recursive: true })
    expect(() => readContentFiles(dir)).toThrow(`${join(dir, name)}/ is not a folder`)
  })
})

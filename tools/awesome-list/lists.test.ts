import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readContent, readContentFiles } from '../content/content-files'
import { comparableUrl, validateContent, type TopicRecord } from '../content/content-rules'
import { isMediaType } from '../../lib/schema/media-types'
import { readSiteSettings } from '../../lib/site-settings'
import { runImport } from './import'
import { parseAwesomeList } from './parse'
import { TODAY } from './import.test-support'
import { captureOutput, entriesIn } from '../lib/content.test-support'

/**
 * Real awesome lists, and lists written in the shape of real ones (fixtures/lists/README.md), imported
 * into an empty catalogue as a maintainer new to the tool would: --create-topics and a default type.
 */
const LISTS: { file: string; flags: string[] }[] = [
  { file: 'awesome-django.md', flags: ['--map', 'Python Packages=repository'] },
  { file: 'awesome-django-performance.md', flags: [] },
  { file: 'awesome-flask.md', flags: [] },
  { file: 'awesome-python.md', flags: [] },
  { file: 'awesome-mac-excerpt.md', flags: ['--map', 'Pirated software download site blocklist=skip'] },
  { file: 'setext-security-shape.md', flags: [] },
  { file: 'deep-headings-shape.md', flags: [] },
]

const fixture = (file: string) => `tools/awesome-list/fixtures/lists/${file}`
const folders: string[] = []
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Imports a fixture into a new, empty content folder; the folder, the report, and the list's lines. */
function importList(file: string, flags: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'ads-list-'))
  folders.push(dir)
  const io = captureOutput()
  const code = runImport(
    [fixture(file), '--create-topics', '--type', 'article', ...flags, '--content', dir],
    io,
    TODAY,
  )
  expect(code, io.stderr()).toBe(0)
  return { dir, report: io.stdout(), lines: readFileSync(fixture(file), 'utf8').split('\n') }
}

/** Report lines by the line of the list they speak of. */
function reportByLine(report: string): Map<number, string[]> {
  const byLine = new Map<number, string[]>()
  for (const line of report.split('\n')) {
    const at = /^ {2}[-+=~] line (\d+): /.exec(line)
    if (at) byLine.set(Number(at[1]), [...(byLine.get(Number(at[1])) ?? []), line])
  }
  return byLine
}

/** Bullets of the list that start with a markdown link, by line number, read with a plain pattern. */
function linkBullets(lines: string[]): Map<number, string> {
  const bullets = new Map<number, string>()
  let fenced = false
  lines.forEach((line, n) => {
    if (/^\s*```/.test(line)) fenced = !fenced
    const bullet = /^\s*[-*+] +(?:\(PAID\) +)?(?:\*\*)?\[[^\]]*\]\(([^)\s]+)/i.exec(line)
    if (bullet && !fenced) bullets.set(n + 1, bullet[1]!)
  })
  return bullets
}

/** The URLs of the link bullets between a heading line and the next heading of the same or a higher level. */
function urlsUnder(lines: string[], heading: string): string[] {
  const start = lines.indexOf(heading)
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const level = /^#+/.exec(heading)![0].length
  const end = lines.findIndex(
    (line, n) => n > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level,
  )
  const section = lines.slice(start, end === -1 ? undefined : end)
  return [...linkBullets(section).values()]
}

describe.each(LISTS)('npm run import on $file', ({ file, flags }) => {
  let dir: string, report: string, lines: string[]
  let entries: ReturnType<typeof entriesIn>, topics: TopicRecord[]
  beforeAll(() => {
    ;({ dir, report, lines } = importList(file, flags))
    entries = entriesIn(dir)
    topics = readContent(dir).topics
  })

  it('reports every bullet that starts with a link, each on its own line: imported or skipped with a reason', () => {
    const byLine = reportByLine(report)
    const bullets = linkBullets(lines)
    expect(bullets.size).toBeGreaterThan(0)
    for (const [line, url] of bullets) {
      expect(byLine.get(line), `line ${line}: ${url}`).toHaveLength(1)
      const said = byLine.get(line)![0]!
      if (url.startsWith('#'))
        expect(said, `line ${line}`).toMatch(/skipped, (table of contents|a link to a section)/)
      if (said.includes('skipped')) expect(said).toMatch(/skipped, \S.*: /)
    }
    const imported = [...report.matchAll(/^ {2}\+ line \d+: new, /gm)].length
    expect(imported).toBe(entries.length)
    expect(report).toContain(`Total: ${entries.length} new, 0 already present`)
  })

  it('puts every entry in a topic that has a file, with a media type, and passes the content rules', () => {
    expect(entries.length).toBeGreaterThan(0)
    const slugs = new Set(topics.map((topic) => topic.slug))
    for (const entry of entries) {
      expect(entry.topics.length, entry.title).toBeGreaterThan(0)
      for (const topic of entry.topics) expect(slugs.has(topic), `${entry.title}: ${topic}`).toBe(true)
      expect(isMediaType(entry.type), entry.title).toBe(true)
      expect(entry.url, entry.title).toMatch(/^https?:\/\//)
    }
    for (const topic of topics) {
      expect(
        entries.some((entry) => entry.topics.includes(topic.slug)),
        topic.title,
      ).toBe(true)
    }
    expect(validateContent(readContentFiles(dir))).toEqual([])
  })

  it("gives the new catalogue the list's own name, in a site.json the site reads", () => {
    const { title } = parseAwesomeList(readFileSync(fixture(file), 'utf8'))
    expect(title, 'the list has a title').toBeTruthy()
    expect(readSiteSettings(dir).name).toBe(title)
    expect(report).toContain('site.json')
  })

  it('keeps no badge, image or HTML tag in a description', () => {
    for (const entry of entries) {
      expect(entry.body, entry.title).not.toMatch(/!\[|<img|<a |\]\[/i)
    }
  })

  it('creates nothing when run again', () => {
    const before = readContentFiles(dir)
    const io = captureOutput()
    expect(
      runImport(
        [fixture(file), '--create-topics', '--type', 'article', ...flags, '--content', dir],
        io,
        TODAY,
      ),
    ).toBe(0)
    expect(io.stdout()).toContain(`Total: 0 new, ${entries.length} already present, 0 changed upstream`)
    expect(io.stdout()).not.toContain('Created topic')
    expect(readContentFiles(dir)).toEqual(before)
  })
})

describe('npm run import: shapes of real lists', () => {
  const urlsOf = (dir: string, topicTitle: string) => {
    const topic = readContent(dir).topics.find((record) => record.title === topicTitle)
    expect(topic, topicTitle).toBeDefined()
    return entriesIn(dir)
      .filter((entry) => entry.topics.includes(topic!.slug))
      .map((entry) => comparableUrl(entry.url))
  }

  it('a section mapped to a media type, with items right under it, becomes their topic (awesome-django)', () => {
    const { dir, lines } = importList('awesome-django.md', ['--map', 'Python Packages=repository'])
    const listed = urlsUnder(lines, '## Python Packages').map(comparableUrl)
    expect(listed.length).toBeGreaterThan(0)
    expect(urlsOf(dir, 'Python Packages').toSorted()).toEqual(listed.toSorted())
    const packages = entriesIn(dir).filter((entry) => listed.includes(comparableUrl(entry.url)))
    expect(new Set(packages.map((entry) => entry.type))).toEqual(new Set(['repository']))
    // "### Caching" under "## Third-Party Packages": the inner heading is the topic, the outer the type.
    expect(urlsOf(dir, 'Caching').toSorted()).toEqual(
      urlsUnder(lines, '### Caching').map(comparableUrl).toSorted(),
    )
  })

  it('a setext table of contents with indented * bullets is skipped, and every section is read (security shape)', () => {
    const { dir, report, lines } = importList('setext-security-shape.md', [])
    const contents = lines.findIndex((line) => line === 'Table of Contents')
    const firstSection = lines.indexOf('## Libs')
    const tocLines = [...linkBullets(lines).keys()].filter((line) => line > contents && line <= firstSection)
    const byLine = reportByLine(report)
    for (const line of tocLines) expect(byLine.get(line)![0]).toContain('skipped, table of contents')
    for (const [heading, title] of [
      ['### MFA', 'MFA'],
      ['## Tools', 'Tools'],
      ['## Talks', 'Talks'],
    ] as const) {
      const listed = urlsUnder(lines, heading).map(comparableUrl)
      const topic = title === 'MFA' ? urlsOf(dir, 'MFA') : null
      if (topic) expect(topic.toSorted()).toEqual(listed.toSorted())
      for (const url of listed) {
        expect(
          entriesIn(dir).some((entry) => comparableUrl(entry.url) === url),
          `${heading}: ${url}`,
        ).toBe(true)
      }
    }
    // "Tools" and "Talks" name media types and have items right under them: they become topics too.
    const byUrl = new Map(entriesIn(dir).map((entry) => [comparableUrl(entry.url), entry]))
    for (const url of urlsUnder(lines, '## Talks').map(comparableUrl)) {
      expect(byUrl.get(url)).toMatchObject({ type: 'video', topics: ['talks'] })
    }
    // Types the headings do not give come from the host (github.com, bitbucket.org) or else --type.
    for (const url of urlsUnder(lines, '### Other').map(comparableUrl))
      expect(byUrl.get(url)!.type).toBe('repository')
    expect(report).toMatch(
      /line \d+: skipped, the list has this URL already \(line \d+\); that entry is also in articles/,
    )
  })

  it('nested headings of the same name become topics named by their path (deep headings shape)', () => {
    const { dir, report } = importList('deep-headings-shape.md', [])
    const titles = readContent(dir).topics.map((topic) => topic.title)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Library / General Resources',
        'Native / General Resources',
        'Tutorials',
        'Stores',
      ]),
    )
    const entries = Object.fromEntries(entriesIn(dir).map((entry) => [entry.title, entry]))
    expect(entries['The Library Book']).toMatchObject({
      access: 'paid',
      type: 'article',
      body: 'A book on it. Also see: [its errata](https://books.example.org/library/errata).',
    })
    expect(entries['A Tutorial in Video']).toMatchObject({ type: 'video', topics: ['tutorials'] })
    expect(entries['store-one']!.body).toBe(
      'A small store with *selectors*.\n\n- Works with the native library too.',
    )
    expect(entries['store-two']!.body).toBe('Another store')
    expect(entries['store-two-devtools']).toMatchObject({ type: 'repository', topics: ['stores'] })
    expect(report).toMatch(/skipped, starts with HTML, not a markdown link: .*use-thing/)
    expect(report).toMatch(/skipped, a table row: tables are not read: use-table/)
  })

  it('nested items under a label are entries; the label is reported (awesome-python)', () => {
    const { dir, report, lines } = importList('awesome-python.md', [])
    const labels = lines
      .map((line, n) => ({ line, n: n + 1 }))
      .filter(({ line, n }) => /^- [^[]/.test(line) && /^\s+- \[/.test(lines[n] ?? ''))
    expect(labels.length).toBeGreaterThan(0)
    const byLine = reportByLine(report)
    for (const { n } of labels)
      expect(byLine.get(n)![0]).toMatch(/skipped, a label: its nested items? (is|are) read/)
    const nested = [...linkBullets(lines)].filter(([line]) => /^\s+[-*+]/.test(lines[line - 1]!))
    const urls = new Set(entriesIn(dir).map((entry) => comparableUrl(entry.url)))
    for (const [line, url] of nested) {
      const said = byLine.get(line)![0]!
      if (said.includes(': new,')) expect(urls.has(comparableUrl(url))).toBe(true)
      else expect(said).toContain('the list has this URL already')
    }
  })

  it('badges and reference-style icons are left out; nested links under an item are entries (awesome-mac)', () => {
    const { dir, lines } = importList('awesome-mac-excerpt.md', [
      '--map',
      'Pirated software download site blocklist=skip',
    ])
    const titles = readContent(dir).topics.map((topic) => topic.title)
    expect(titles).toContain('Markdown Tools')
    expect(titles).not.toContain('Pirated software download site blocklist')
    const jetbrains = lines.findIndex((line) => line.startsWith('* [JetBrains Toolbox App]'))
    const nested = lines
      .slice(jetbrains + 1)
      .filter((line, n, rest) => rest.slice(0, n + 1).every((l) => /^\s+\*/.test(l)))
    expect(nested.length).toBeGreaterThan(0)
    const urls = new Set(entriesIn(dir).map((entry) => comparableUrl(entry.url)))
    for (const line of nested)
      expect(urls.has(comparableUrl(/\]\(([^)]+)\)/.exec(line)![1]!)), line).toBe(true)
  })
})

describe('npm run import: input it cannot read', () => {
  it('writes nothing for a file that is not text, or a text with no list items', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ads-list-'))
    folders.push(dir)
    const binary = join(dir, 'image.md')
    const prose = join(dir, 'prose.md')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]))
    writeFileSync(prose, '# Notes\n\nJust a paragraph with a [link](https://example.org).\n')
    for (const path of [binary, prose, join(dir, 'missing.md')]) {
      const io = captureOutput()
      expect(runImport([path, '--create-topics', '--content', dir], io, TODAY), path).toBe(1)
      expect(io.stderr()).toMatch(/Cannot read the list|nothing was written/)
      expect(readdirSync(dir).toSorted(), 'no entries/ or topics/ made').toEqual(['image.md', 'prose.md'])
    }
  })
})

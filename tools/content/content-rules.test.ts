import { describe, expect, it } from 'vitest'

import { formatProblem, validateContent, type ContentFile } from './content-rules'

const topic = (slug: string): ContentFile => ({
  path: `content/topics/${slug}.md`,
  bytes: `---\ntitle: "${slug}"\nsummary: "About ${slug}"\n---\nIntro.\n`,
})
const TOPICS = [topic('caching'), topic('database-orm')]

const VALID_FIELDS: Record<string, string> = {
  title: '"Django Cacheback"',
  url: 'https://example.org/cacheback/',
  type: 'repository',
  topics: '[caching]',
  added: '2026-11-25',
}

function entry(
  slug: string,
  fields: Record<string, string | undefined> = {},
  body = 'A description.',
): ContentFile {
  const merged = { ...VALID_FIELDS, ...fields }
  const lines = Object.entries(merged)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
  return { path: `content/entries/${slug}.md`, bytes: `---\n${lines.join('\n')}\n---\n\n${body}\n` }
}

function messages(entries: ContentFile[], topics = TOPICS): string[] {
  return validateContent({ entries, topics }).map(formatProblem)
}

/** The file alone (with the real topics) gives exactly one problem, naming it, the field and the text. */
function expectOneProblem(file: ContentFile, field: string, text: RegExp) {
  const found = messages([file])
  expect(found).toHaveLength(1)
  expect(found[0]).toContain(file.path)
  expect(found[0]).toContain(`field "${field}"`)
  expect(found[0]).toMatch(text)
}

describe('content validation', () => {
  it('accepts a valid entry', () => {
    expect(messages([entry('ok', { authors: '["Ada"]', published: '"2016"' })])).toEqual([])
  })

  it.each(['title', 'url', 'type', 'topics', 'added'])('reports a missing required field: %s', (field) => {
    expectOneProblem(entry('broken', { [field]: undefined }), field, /is required/)
  })

  it('reports a media type that is not in the list', () => {
    expectOneProblem(
      entry('podcast', { type: 'podcast' }),
      'type',
      /"podcast" is not a media type.*repository, article, audio, video, book/,
    )
  })

  it('reports a topic that has no topic file', () => {
    expectOneProblem(
      entry('lost', { topics: '[caching, kubernetes]' }),
      'topics',
      /"kubernetes" has no file content\/topics\/kubernetes\.md/,
    )
  })

  it('reports a URL that is not http(s)', () => {
    expectOneProblem(entry('ftp', { url: 'ftp://example.org/file' }), 'url', /must be an http\(s\) URL/)
    expectOneProblem(entry('js', { url: '"javascript:alert(1)"' }), 'url', /must be an http\(s\) URL/)
    expectOneProblem(entry('bad', { url: 'not a url' }), 'url', /not a valid URL/)
  })

  it('reports a duplicate URL, naming both files', () => {
    const found = messages([
      entry('first', { url: 'https://example.org/same/' }),
      entry('second', { url: 'https://EXAMPLE.org/same' }),
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(
      /content\/entries\/second\.md: field "url": duplicate URL .* already listed by content\/entries\/first\.md/,
    )
  })

  it('reports a duplicate slug', () => {
    const found = messages([
      entry('cacheback'),
      { ...entry('cacheback', { url: 'https://example.org/other' }) },
    ])
    expect(found).toHaveLength(1)
    expect(found[0]).toMatch(/content\/entries\/cacheback\.md: field "slug": duplicate slug "cacheback"/)
  })

  it('reports invalid dates', () => {
    expectOneProblem(entry('when', { added: '2026-02-30' }), 'added', /must be a date written YYYY-MM-DD/)
    expectOneProblem(entry('soon', { added: 'yesterday' }), 'added', /must be a date/)
    expectOneProblem(entry('pub', { published: '"2016-13"' }), 'published', /must be a year or date/)
  })

  it('reports wrong value types with the field', () => {
    expectOneProblem(entry('num', { title: '42' }), 'title', /must be text, got number 42/)
    expectOneProblem(entry('str', { topics: 'caching' }), 'topics', /must be a non-empty list/)
    expectOneProblem(entry('year', { published: '2016' }), 'published', /quoted text/)
  })

  it('refuses unknown fields', () => {
    expectOneProblem(entry('extra', { rating: '5' }), 'rating', /is not a known field/)
  })

  it('reports a topic file with a missing summary', () => {
    const broken = { path: 'content/topics/caching.md', bytes: '---\ntitle: "Caching"\n---\n' }
    const found = messages([], [broken])
    expect(found).toEqual(['content/topics/caching.md: field "summary": is required'])
  })

  it('reports frontmatter that is not YAML, naming the file', () => {
    const found = messages([{ path: 'content/entries/yaml.md', bytes: '---\ntitle: [unclosed\n---\n' }])
    expect(found[0]).toMatch(/^content\/entries\/yaml\.md: frontmatter is not valid YAML/)
  })

  it('accepts every optional field written as documented', () => {
    const full = entry('full', {
      access: 'paid',
      django: '"5.0"',
      keywords: '["full-text search", "n+1"]',
      package: 'django-bulk-update',
      supersededBy: 'ok',
      supersededReason: '"Django 2.2 added QuerySet.bulk_update()"',
      sources: '[https://example.org/cacheback/, https://pypi.org/project/django-cacheback/]',
      verified: '2026-11-30',
    })
    expect(messages([full, entry('ok', { url: 'https://example.org/ok/' })])).toEqual([])
  })

  it.each([
    ['access', 'gratis', /must be one of free, paid/],
    ['django', '5.0', /quoted text/],
    ['django', '"five"', /Django release such as "5.0"/],
    ['keywords', '"search"', /non-empty list/],
    ['keywords', '[""]', /each keyword must be text/],
    ['package', '"not a name!"', /PyPI project name/],
    ['supersededBy', '"ftp://example.org/"', /entry slug or an http\(s\) URL/],
    ['sources', '[]', /must be a list of 1–12 http\(s\) URLs/],
    ['sources', '["ftp://example.org/"]', /must be an http\(s\) URL/],
    ['verified', '2026-11', /must be a date written YYYY-MM-DD/],
  ])('reports a malformed optional field: %s = %s', (field, value, text) => {
    const fields: Record<string, string> = { [field]: value }
    if (field === 'supersededBy') fields.supersededReason = '"Replaced"'
    expectOneProblem(entry('odd', fields), field, text)
  })

  it('reports supersededBy naming an entry that does not exist, and a reason without it', () => {
    expectOneProblem(
      entry('old', { supersededBy: 'missing-entry', supersededReason: '"Gone"' }),
      'supersededBy',
      /no content\/entries\/missing-entry\.md/,
    )
    expectOneProblem(entry('old', { supersededReason: '"Gone"' }), 'supersededReason', /needs supersededBy/)
  })
})

describe('sources, when the catalogue requires them (site.json: sourcesRequired)', () => {
  const withSources = entry('checked', {
    sources: '[https://example.org/cacheback/README.md]',
    verified: '2026-12-04',
  })
  const without = entry('unchecked', { url: 'https://example.org/other/' })

  it('refuses an entry without sources or the day they were checked, naming the file and the field', () => {
    const found = validateContent({ entries: [withSources, without], topics: TOPICS, sourcesRequired: true })
    expect(found.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/entries\/unchecked\.md: field "sources": is required/),
      expect.stringMatching(/^content\/entries\/unchecked\.md: field "verified": is required/),
    ])
  })

  it('lets a catalogue that does not require them go without', () => {
    expect(validateContent({ entries: [without], topics: TOPICS })).toEqual([])
  })
})

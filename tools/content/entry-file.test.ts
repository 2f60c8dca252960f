import { describe, expect, it } from 'vitest'

import { checkContent, type ContentFile } from './content-rules'
import { renderEntryFile, uniqueSlug, updateEntryFields, type NewEntry } from './entry-file'

const topics = ['caching', 'search'].map((slug) => ({
  path: `content/topics/${slug}.md`,
  bytes: `---\ntitle: "${slug}"\nsummary: "S"\n---\n`,
}))

/** The file's record, as the tools read it; throws on its first problem. */
function readEntry(file: ContentFile) {
  const { problems, entries } = checkContent({ entries: [file], topics })
  if (problems[0]) throw new Error(`${problems[0].file}: ${problems[0].message}`)
  return entries[0]!
}

describe('uniqueSlug', () => {
  it('numbers a taken slug, case-insensitively', () => {
    expect(uniqueSlug('a', new Set())).toBe('a')
    expect(uniqueSlug('a', new Set(['a']))).toBe('a-2')
    expect(uniqueSlug('A', new Set(['a', 'a-2']))).toBe('A-3')
  })
})

describe('renderEntryFile', () => {
  const tricky: NewEntry = {
    title: 'He said "cache: it" #1',
    url: 'https://example.org/a?b=c#d',
    type: 'video',
    topics: ['caching'],
    added: '2026-11-25',
    authors: ['Ada "A" Lovelace'],
    published: '2020',
    body: 'A *markdown* body.',
  }

  it('writes the house style and reads back to the same fields', () => {
    const text = renderEntryFile(tricky)
    expect(text).toContain('title: "He said \\"cache: it\\" #1"\n')
    expect(text).toContain('url: https://example.org/a?b=c#d\n')
    expect(text).toContain('published: "2020"\n')
    const file = { path: 'content/entries/x.md', bytes: text }
    expect(readEntry(file)).toEqual({ ...tricky, access: 'free', path: file.path, slug: 'x' })
  })

  it('quotes a URL YAML would otherwise misread, and writes no body when there is none', () => {
    const text = renderEntryFile({
      ...tricky,
      authors: undefined,
      published: undefined,
      url: 'https://example.org/a #b',
      body: '',
    })
    expect(text).not.toMatch(/authors|published/)
    expect(text).toContain('url: "https://example.org/a #b"\n')
    expect(text.endsWith('---\n')).toBe(true)
    expect(readEntry({ path: 'e/x.md', bytes: text }).url).toBe('https://example.org/a #b')
  })
})

describe('updateEntryFields', () => {
  /** The file under test with its title line, type and body swapped; every other line stays put. */
  const fileWith = (titleLine: string, type: string, body: string[]) =>
    [
      '---',
      titleLine,
      'url: https://example.org/x',
      `type: ${type}`,
      'topics:',
      '  - caching',
      '  - search',
      'added: 2024-01-22',
      'access: paid',
      '---',
      '',
      ...body,
    ].join('\n')
  const file = fileWith("title: 'Old title' # from the list", 'repository', ['Old description.', ''])

  it('replaces only the given fields, keeping the other lines, block lists and order', () => {
    const updated = updateEntryFields('x.md', file, {
      title: 'New: title',
      type: 'book',
      body: 'New.\n\nTwo.',
    })
    expect(updated).toBe(fileWith('title: "New: title"', 'book', ['New.', '', 'Two.', '']))
    expect(readEntry({ path: 'content/entries/x.md', bytes: updated })).toMatchObject({
      title: 'New: title',
      type: 'book',
      topics: ['caching', 'search'],
      access: 'paid',
    })
  })

  it('writes access: paid when it is missing and drops the line for free (the default)', () => {
    const free = updateEntryFields('x.md', file, { access: 'free' })
    expect(free).not.toContain('access')
    expect(free).toContain("title: 'Old title' # from the list\n")
    const paid = updateEntryFields('x.md', free, { access: 'paid' })
    expect(paid).toContain('added: 2024-01-22\naccess: paid\n---\n\nOld description.\n')
  })

  it('refuses a file without frontmatter, naming it', () => {
    expect(() => updateEntryFields('content/entries/x.md', 'just text', { title: 'T' })).toThrow(
      'content/entries/x.md: no frontmatter block',
    )
  })
})

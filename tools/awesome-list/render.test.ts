import { describe, expect, it } from 'vitest'

import type { EntryRecord, TopicRecord } from '../content/content-rules'
import { parseAwesomeList } from './parse'
import { anchorsOf, escapeText, oneLineDescription, renderAwesomeList } from './render'

const topic = (slug: string, title: string, order?: number): TopicRecord => ({
  path: `content/topics/${slug}.md`,
  slug,
  title,
  summary: `About ${title}`,
  ...(order === undefined ? {} : { order }),
})
const entry = (slug: string, fields: Partial<EntryRecord>): EntryRecord => ({
  path: `content/entries/${slug}.md`,
  slug,
  title: slug,
  url: `https://example.org/${slug}`,
  type: 'article',
  topics: ['caching'],
  added: '2026-11-25',
  access: 'free',
  body: '',
  ...fields,
})

const TOPICS = [
  topic('search', 'Search'),
  topic('caching', 'Caching', 2),
  topic('database-orm', 'Database & ORM', 1),
]

describe('renderAwesomeList', () => {
  const input = {
    name: 'List',
    description: 'Things.',
    websiteLink: 'https://example.org/site/',
    topics: TOPICS,
    entries: [
      entry('zeta', {
        title: 'Zeta',
        type: 'video',
        topics: ['caching', 'search'],
        body: 'First line\nwrapped.\n\nSecond.',
      }),
      entry('alpha', { title: 'alpha [beta]', topics: ['caching'], access: 'paid' }),
      entry('orm', { title: 'ORM', type: 'book', topics: ['database-orm'] }),
    ],
  }
  const text = renderAwesomeList(input)

  it('groups entries under their first topic, then media type, in order, with PAID and other topics in plain text', () => {
    expect(text.split('\n')[0]).toBe('# List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)')
    expect(text).toContain('[https://example.org/site/](https://example.org/site/)')
    expect(text.indexOf('## Database & ORM')).toBeLessThan(text.indexOf('## Caching'))
    expect(text.indexOf('## Caching')).toBeLessThan(text.indexOf('## Search'))
    expect(text).toContain(
      '## Caching\n\nAbout Caching\n\n' +
        '### Articles\n\n- (PAID) [alpha \\[beta\\]](https://example.org/alpha)\n\n' +
        '### Videos\n\n- [Zeta](https://example.org/zeta) - First line wrapped. Also in: Search.\n',
    )
    expect(text).toContain('### Books\n\n- [ORM](https://example.org/orm)\n')
    expect(text).toContain('- [Database & ORM](#database--orm)\n- [Caching](#caching)\n- [Search](#search)\n')
    // Search has no entry of its own: it names, without links, where its entry is listed.
    expect(text).toContain(
      '## Search\n\nAbout Search\n\nAlso on this topic, listed under their first topic: Zeta (Caching).\n',
    )
    expect(text.match(/\(https:\/\/example.org\/zeta\)/g)).toHaveLength(1)
    expect(text.match(/\(#search\)/g)).toHaveLength(1)
  })

  it('is deterministic: input order does not matter', () => {
    expect(
      renderAwesomeList({ ...input, entries: input.entries.toReversed(), topics: TOPICS.toReversed() }),
    ).toBe(text)
  })

  it('leaves out topics without entries', () => {
    expect(renderAwesomeList({ ...input, entries: [input.entries[2]!] })).not.toContain('## Caching')
  })

  it('renders what the parser reads back', () => {
    const list = parseAwesomeList(text)
    expect(
      list.items.map(({ title, description, paid, alsoTopics, heading }) => ({
        title,
        description,
        paid,
        alsoTopics,
        under: list.headings[heading!]!.text,
        parent: list.headings[list.headings[heading!]!.parent!]!.text,
      })),
    ).toEqual([
      {
        title: 'ORM',
        description: '',
        paid: false,
        alsoTopics: [],
        under: 'Books',
        parent: 'Database & ORM',
      },
      {
        title: 'alpha [beta]',
        description: '',
        paid: true,
        alsoTopics: [],
        under: 'Articles',
        parent: 'Caching',
      },
      {
        title: 'Zeta',
        description: 'First line wrapped.',
        paid: false,
        alsoTopics: ['Search'],
        under: 'Videos',
        parent: 'Caching',
      },
    ])
  })
})

describe('helpers', () => {
  it('makes GitHub-style anchors, numbering repeats', () => {
    expect([
      ...anchorsOf(['Async & task queues', 'Case studies', 'Case studies!', 'Ünïcode']).values(),
    ]).toEqual(['async--task-queues', 'case-studies', 'case-studies-1', 'ünïcode'])
  })

  it('escapes markdown syntax in plain text', () => {
    expect(escapeText('a_b *c* [d] `e` <f> &amp; & ![g]')).toBe(
      'a\\_b \\*c\\* \\[d\\] \\`e\\` \\<f\\> \\&amp; & \\!\\[g\\]',
    )
    expect(
      parseAwesomeList(`## Books\n- [${escapeText('*x* [y] <z>')}](https://e.org)`).items[0]!.title,
    ).toBe('*x* [y] <z>')
  })

  it('takes the first paragraph of a description, as plain text when it uses reference links', () => {
    expect(oneLineDescription('One *two*\nthree.\n\nFour.')).toBe('One *two* three.')
    expect(oneLineDescription('See [the docs][docs].\n\n[docs]: https://example.org')).toBe('See the docs.')
    expect(oneLineDescription('')).toBe('')
  })
})

import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { parseAwesomeList } from './parse'

const seed = readFileSync(new URL('./fixtures/awesome-django-scale.md', import.meta.url), 'utf8')

describe('parseAwesomeList', () => {
  it('reads the seed list: its sections, items and the text after each link', () => {
    const sections = parseAwesomeList(seed)
    expect(sections.map((section) => [section.heading, section.items.length])).toEqual([
      ['Contents', 0],
      ['Repositories', 3],
      ['Articles and blogs', 4],
      ['Audio', 1],
      ['Video', 2],
    ])
    expect(sections[0]!.skipped.map((item) => item.reason)).toEqual(Array(4).fill('table of contents'))
    const [bulkUpdate] = sections[1]!.items.filter((item) => item.title === 'django-bulk-update')
    expect(bulkUpdate).toMatchObject({
      url: 'https://pypi.org/project/django-bulk-update/',
      description: 'Simple bulk update over Django ORM or with helper function.',
      type: null,
      alsoTopics: [],
    })
    // A link text with stray spaces is trimmed.
    expect(sections[4]!.items[1]!.title).toBe(
      'DjangoCon Europe 2023 | Squeezing Django performance for 14.9 million users on WhatsApp',
    )
  })

  it('skips badges, images, HTML, TODO lines, anchor-only links and non-links', () => {
    const sections = parseAwesomeList(
      [
        '# List [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)',
        '',
        '<div align="center"><img src="x.png"></div>',
        '',
        'TODO: sort these.',
        '',
        '## Tools',
        '- [![badge](https://img.shields.io/x.svg)](https://ci.example.org)',
        '- ![picture](https://example.org/p.png)',
        '- TODO: add more',
        '- [Jump](#elsewhere)',
        '- just words',
        '- [Mail](mailto:a@example.org)',
        '- [Real](https://example.org/real) - the only entry',
      ].join('\n'),
    )
    expect(sections).toHaveLength(1)
    expect(sections[0]!.items.map((item) => [item.title, item.description])).toEqual([
      ['Real', 'the only entry'],
    ])
    expect(sections[0]!.skipped.map((item) => item.reason)).toEqual([
      'a badge',
      'an image or badge',
      'a TODO note',
      'a link to a section of the list (table of contents)',
      'does not start with a link',
      'not an http(s) link (mailto:a@example.org)',
    ])
  })

  it('appends nested bullets to the description and keeps inline markdown', () => {
    const [section] = parseAwesomeList(
      [
        '## Articles',
        '- **[Bold title](https://example.org/b)**: Uses `select_related` and [docs](https://d.example.org).',
        '  - First point',
        '  - Second point',
        '    1. Deeper',
      ].join('\n'),
    )
    expect(section!.items).toEqual([
      expect.objectContaining({
        title: 'Bold title',
        description:
          'Uses `select_related` and [docs](https://d.example.org).\n\n- First point\n- Second point\n  1. Deeper',
      }),
    ])
  })

  it('reads the media type and further topics of our exported format, and takes them out of the text', () => {
    const [section] = parseAwesomeList(
      [
        '## Caching',
        '- [A \\*starred\\* title](https://example.org/a): Text *(with emphasis)*. *(video)* — also: [Database & ORM](#database--orm), [Search](#search)',
        '- [B](https://example.org/b) *(book)*',
        '- [C](https://example.org/c): Ends in emphasis *(not a type)*',
      ].join('\n'),
    )
    expect(section!.headingPath).toEqual(['Caching'])
    expect(
      section!.items.map(({ title, description, type, alsoTopics }) => ({
        title,
        description,
        type,
        alsoTopics,
      })),
    ).toEqual([
      {
        title: 'A *starred* title',
        description: 'Text *(with emphasis)*.',
        type: 'video',
        alsoTopics: ['Database & ORM', 'Search'],
      },
      { title: 'B', description: '', type: 'book', alsoTopics: [] },
      { title: 'C', description: 'Ends in emphasis *(not a type)*', type: null, alsoTopics: [] },
    ])
  })

  it('gives a subsection the headings it sits under', () => {
    const sections = parseAwesomeList('## Videos\n### Conference talks\n- [T](https://example.org/t)\n')
    expect(sections[1]!.headingPath).toEqual(['Conference talks', 'Videos'])
  })
})

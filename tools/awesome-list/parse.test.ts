import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { SETEXT_RESOURCES } from './fixtures/setext-resources'
import { parseAwesomeList } from './parse'

const seed = readFileSync(new URL('./fixtures/awesome-django-scale.md', import.meta.url), 'utf8')

describe('parseAwesomeList', () => {
  it('reads the seed list: its title, headings, items and the text after each link', () => {
    const list = parseAwesomeList(seed)
    expect(list.title).toBe('Awesome Django Scale')
    expect(list.headings.map((heading) => [heading.text, heading.isContents])).toEqual([
      ['Contents', true],
      ['Repositories', false],
      ['Articles and blogs', false],
      ['Audio', false],
      ['Video', false],
    ])
    expect(list.items).toHaveLength(10)
    expect(list.skipped.map((item) => item.reason)).toEqual(Array(4).fill('table of contents'))
    const bulkUpdate = list.items.find((item) => item.title === 'django-bulk-update')
    expect(bulkUpdate).toMatchObject({
      url: 'https://pypi.org/project/django-bulk-update/',
      description: 'Simple bulk update over Django ORM or with helper function.',
      paid: false,
      alsoTopics: [],
      heading: 1,
    })
    // A link text with stray spaces is trimmed.
    expect(list.items.at(-1)!.title).toBe(
      'DjangoCon Europe 2023 | Squeezing Django performance for 14.9 million users on WhatsApp',
    )
  })

  it('skips badges, images, HTML, TODO lines, anchor-only links and non-links', () => {
    const list = parseAwesomeList(
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
    expect(list.headings.map((heading) => heading.text)).toEqual(['Tools'])
    expect(list.items.map((item) => [item.title, item.description])).toEqual([['Real', 'the only entry']])
    expect(list.skipped.map((item) => item.reason)).toEqual([
      'a badge',
      'an image or badge',
      'a TODO note',
      'a link to a section of the list (table of contents)',
      'does not start with a link',
      'not an http(s) link (mailto:a@example.org)',
    ])
  })

  it('appends nested bullets to the description and keeps inline markdown', () => {
    const list = parseAwesomeList(
      [
        '## Articles',
        '- **[Bold title](https://example.org/b)**: Uses `select_related` and [docs](https://d.example.org).',
        '  - First point',
        '  - Second point',
        '    1. Deeper',
      ].join('\n'),
    )
    expect(list.items).toEqual([
      expect.objectContaining({
        title: 'Bold title',
        description:
          'Uses `select_related` and [docs](https://d.example.org).\n\n- First point\n- Second point\n  1. Deeper',
      }),
    ])
  })

  it('reads "(PAID)" in any case before or after the link, and takes it out of the text', () => {
    const list = parseAwesomeList(
      [
        '## Books',
        '- (PAID) [Before](https://example.org/1)',
        '- (paid) [Before, with text](https://example.org/2) - Worth it.',
        '- [After](https://example.org/3) (Paid)',
        '- [After, with text](https://example.org/4) (PAID): A book.',
        '- [At the end](https://example.org/5) - A book. (PAID)',
        '- [Free](https://example.org/6) - About (paid) plans and more.',
      ].join('\n'),
    )
    expect(list.items.map(({ title, description, paid }) => [title, description, paid])).toEqual([
      ['Before', '', true],
      ['Before, with text', 'Worth it.', true],
      ['After', '', true],
      ['After, with text', 'A book.', true],
      ['At the end', 'A book.', true],
      ['Free', 'About (paid) plans and more.', false],
    ])
  })

  it('reads our exported "Also in" ending as further topics', () => {
    const list = parseAwesomeList(
      [
        '## Caching',
        '### Videos',
        '- [A \\*starred\\* title](https://example.org/a) - Text *(with emphasis)*. Also in: Database & ORM, Search.',
        '- [B](https://example.org/b) - Also in: Search.',
        '- [C](https://example.org/c) - Also in the docs: see there.',
      ].join('\n'),
    )
    expect(
      list.items.map(({ title, description, alsoTopics }) => ({ title, description, alsoTopics })),
    ).toEqual([
      {
        title: 'A *starred* title',
        description: 'Text *(with emphasis)*.',
        alsoTopics: ['Database & ORM', 'Search'],
      },
      { title: 'B', description: '', alsoTopics: ['Search'] },
      { title: 'C', description: 'Also in the docs: see there.', alsoTopics: [] },
    ])
  })

  it('reads headings as a tree, setext headings included, with the paragraph below each', () => {
    const list = parseAwesomeList(
      [
        'Awesome Things',
        '==============',
        '',
        'Contents',
        '--------',
        '',
        '* [Caching](#caching)',
        '  * [Tools](#tools)',
        '',
        'Caching',
        '-------',
        '',
        'Keeping answers around.',
        '',
        '### Tools',
        '',
        '* [Cacheops](https://example.org/cacheops) - A cache.',
        '',
        ...SETEXT_RESOURCES,
      ].join('\n'),
    )
    expect(list.title).toBe('Awesome Things')
    expect(
      list.headings.map(({ text, parent, isContents, paragraph }) => ({
        text,
        parent,
        isContents,
        paragraph,
      })),
    ).toEqual([
      { text: 'Contents', parent: null, isContents: true, paragraph: null },
      { text: 'Caching', parent: null, isContents: false, paragraph: 'Keeping answers around.' },
      { text: 'Tools', parent: 1, isContents: false, paragraph: null },
      { text: 'Resources', parent: null, isContents: false, paragraph: null },
      { text: 'Podcasts', parent: 3, isContents: false, paragraph: null },
    ])
    expect(list.items.map((item) => [item.title, item.heading])).toEqual([
      ['Cacheops', 2],
      ['Chat', 4],
    ])
    expect(list.skipped.map((item) => [item.text, item.reason])).toEqual([
      ['Caching', 'table of contents'],
      ['Tools', 'table of contents'],
    ])
  })

  it('knows a table of contents by its links to the list’s own sections, under any heading or none', () => {
    const list = parseAwesomeList(
      [
        '# Awesome Things',
        '',
        '- [Caching](#caching)',
        '- [Website](https://things.example.org)',
        '- [Search](#search)',
        '',
        'Index of sections',
        '=================',
        '',
        '   * [Caching](#caching)',
        '',
        '## Caching',
        '',
        '- [Cacheops](https://example.org/cacheops)',
        '- [Search](#search) - a link to a section in a real list is still not an entry',
      ].join('\n'),
    )
    expect(list.skipped.map(({ line, reason }) => [line, reason])).toEqual([
      [3, 'table of contents'],
      [4, 'table of contents'],
      [5, 'table of contents'],
      [10, 'table of contents'],
      [15, 'a link to a section of the list (table of contents)'],
    ])
    // The setext heading that holds only a table of contents is nobody's parent.
    expect(list.headings.map(({ text, parent, isContents }) => [text, parent, isContents])).toEqual([
      ['Index of sections', null, true],
      ['Caching', null, false],
    ])
    expect(list.items.map((item) => [item.title, item.heading])).toEqual([['Cacheops', 1]])
  })

  it('reads reference links, leaves badges, icons and inline HTML out of the description', () => {
    const list = parseAwesomeList(
      [
        '## Editors',
        '* [Vim][vim] - An old editor. [![OSS][OSS Icon]](https://github.com/vim/vim) ![Freeware][Free Icon]',
        '* ⭐ [Zed](https://zed.dev/) - Fast <img src="new.svg" alt="new"> and [open][zed-source].',
        '* ![icon](https://example.org/icon.png) [Helix](https://helix-editor.com/)',
        '',
        '[vim]: https://www.vim.org/',
        '[zed-source]: https://github.com/zed-industries/zed',
        '[OSS Icon]: https://example.org/oss.svg',
        '[Free Icon]: https://example.org/free.svg',
      ].join('\n'),
    )
    expect(list.items.map(({ title, url, description }) => [title, url, description])).toEqual([
      ['Vim', 'https://www.vim.org/', 'An old editor.'],
      ['Zed', 'https://zed.dev/', 'Fast and [open](https://github.com/zed-industries/zed).'],
      ['Helix', 'https://helix-editor.com/', ''],
    ])
  })

  it('reads nested items that start with a link as entries, under a label or under another entry', () => {
    const list = parseAwesomeList(
      [
        '## Web Frameworks',
        '- Synchronous',
        '  - [Django](https://example.org/django) - Batteries included.',
        '    - A note on it.',
        '    - [Channels](https://example.org/channels) - Async for it.',
        '- [Flask](https://example.org/flask)',
      ].join('\n'),
    )
    expect(list.items.map(({ title, description, line }) => [title, description, line])).toEqual([
      ['Django', 'Batteries included.\n\n- A note on it.', 3],
      ['Channels', 'Async for it.', 5],
      ['Flask', '', 6],
    ])
    expect(list.skipped.map(({ line, reason }) => [line, reason])).toEqual([
      [2, 'a label: its nested item is read on its own line'],
    ])
  })

  it('reports HTML with links, table rows and items that start with HTML as not read', () => {
    const list = parseAwesomeList(
      [
        '## Tools',
        '<p align="center"><a href="https://sponsor.example.org"><img src="s.png"></a></p>',
        '',
        '<!-- a comment, with no link, is not worth a line -->',
        '',
        '- <a href="https://example.org/html">In HTML</a> - An item written as HTML.',
        '',
        '| Tool | Link |',
        '| ---- | ---- |',
        '| One  | [one](https://example.org/one) |',
      ].join('\n'),
    )
    expect(list.skipped.map(({ line, reason, text }) => [line, reason, text])).toEqual([
      [2, 'HTML, not read: 1 link', expect.stringContaining('<p align="center">')],
      [6, 'starts with HTML, not a markdown link', expect.stringContaining('In HTML')],
      [10, 'a table row: tables are not read', 'One | one'],
    ])
    expect(list.items).toEqual([])
  })
})

describe('what a list says of itself', () => {
  it('reads the title and the quote or paragraph right below it', () => {
    const list = parseAwesomeList(
      '# Awesome Things\n\n> A curated list of *things*.\n\n## Tools\n\n- [A](https://a.example)\n',
    )
    expect([list.title, list.summary]).toEqual(['Awesome Things', 'A curated list of things.'])
    expect(parseAwesomeList('# Awesome Things\n\n## Tools\n\nAbout tools.\n').summary).toBeNull()
  })
})

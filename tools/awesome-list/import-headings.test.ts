import { describe, expect, it } from 'vitest'

import { readContent } from '../content/content-files'
import { runImport } from './import'
import { SETEXT_RESOURCES } from './fixtures/setext-resources'
import { listFile, TODAY } from './import.test-support'
import { captureOutput, entriesIn, entryFileNames, tempContentPerTest } from '../lib/content.test-support'

const folder = tempContentPerTest()

/** Imports `list` into a fresh folder and gives each entry's title, media type and topics. */
function imported(list: string[], flags: string[]) {
  const dir = folder()
  expect(
    runImport([listFile(dir, list.join('\n')), ...flags, '--content', dir], captureOutput(), TODAY),
  ).toBe(0)
  return entriesIn(dir).map(({ title, type, topics }) => [title, type, topics])
}

const resources = [...SETEXT_RESOURCES, '', '### Books', '', '* [Book](https://example.org/book)']

describe('npm run import: headings as a tree', () => {
  it.each([
    {
      name: '"## Caching / ### Tools / ### Articles": topic from the outer heading, media type from the inner',
      list: [
        '# Awesome Things',
        '## Caching',
        '### Tools',
        '- [Cacheops](https://example.org/cacheops) - A cache.',
        '### Articles',
        '- [On caching](https://example.org/on-caching)',
        '## Search',
        '### Talks',
        '- [Search talk](https://example.org/search-talk)',
      ],
      flags: [],
      entries: [
        ['Cacheops', 'repository', ['caching']],
        ['On caching', 'article', ['caching']],
        ['Search talk', 'video', ['search']],
      ],
    },
    {
      name: '"## Third-Party Packages / ### Caching": media type from the outer heading, topic from the inner',
      list: [
        '## Third-Party Packages',
        '### Caching',
        '- [Cachalot](https://example.org/cachalot)',
        '### database-orm',
        '- [Auto prefetch](https://example.org/auto-prefetch)',
      ],
      flags: [],
      entries: [
        ['Auto prefetch', 'repository', ['database-orm']],
        ['Cachalot', 'repository', ['caching']],
      ],
    },
    {
      name: '"Resources / ### Podcasts" (a setext group): media type from the inner heading, topic from --topic',
      list: resources,
      flags: ['--topic', 'case-studies'],
      entries: [
        ['Book', 'book', ['case-studies']],
        ['Chat', 'audio', ['case-studies']],
      ],
    },
    {
      name: '"Resources / ### Podcasts" (a setext group): media type from the inner heading, topic from --map',
      list: resources,
      flags: ['--map', 'resources=topic:caching'],
      entries: [
        ['Book', 'book', ['caching']],
        ['Chat', 'audio', ['caching']],
      ],
    },
    {
      name: 'takes the nearest heading: an inner topic heading wins over an outer one; --type fills in a missing media type',
      list: [
        '## Caching',
        '- [Outer](https://example.org/outer)',
        '### Search',
        '- [Inner](https://example.org/inner)',
      ],
      flags: ['--type', 'Article'],
      entries: [
        ['Inner', 'article', ['search']],
        ['Outer', 'article', ['caching']],
      ],
    },
  ])('$name', ({ list, flags, entries }) => {
    expect(imported(list, flags)).toEqual(entries)
  })

  it('stops at headings that name nothing, listing each with its line number, and writes nothing', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '# List',
        '## Profiling',
        '### Tools',
        '- [Silk](https://example.org/silk)',
        '## Newsletters',
        '- [Weekly](https://example.org/weekly)',
        '## Caching',
        '### Tools',
        '- [Cacheops](https://example.org/cacheops)',
      ].join('\n'),
    )
    const io = captureOutput()
    expect(runImport([list, '--content', dir], io, TODAY)).toBe(1)
    expect(io.stderr()).toContain('nothing was written')
    expect(io.stderr()).toContain('line 2: "Profiling" (needs a topic)\n')
    expect(io.stderr()).toContain('line 5: "Newsletters" (needs a media type and a topic)\n')
    expect(io.stderr()).not.toContain('"Caching"')
    expect(io.stderr()).toContain('--map "Heading=<media type>|topic:<slug>|skip"')
    expect(entryFileNames(dir)).toEqual([])

    const fixed = captureOutput()
    expect(
      runImport(
        [list, '--map', 'Profiling=topic:observability', '--map', 'newsletters=skip', '--content', dir],
        fixed,
        TODAY,
      ),
    ).toBe(0)
    expect(entriesIn(dir).map(({ title, topics }) => [title, topics])).toEqual([
      ['Cacheops', ['caching']],
      ['Silk', ['observability']],
    ])
    expect(fixed.stdout()).toContain('- line 6: skipped, under "Newsletters", which is skipped: Weekly')
  })

  it('--create-topics makes a topic of each undecided heading, with the paragraph below it as summary', () => {
    const dir = folder()
    const list = listFile(
      dir,
      [
        '# Awesome Things',
        '## Profiling',
        'Finding where the time goes.',
        '### Tools',
        '- [Silk](https://example.org/silk)',
        '## Serialization',
        '### Tools',
        '- [orjson](https://example.org/orjson)',
        '## Books',
        '- [A book](https://example.org/book)',
      ].join('\n'),
    )
    const io = captureOutput()
    expect(
      runImport([list, '--create-topics', '--topic', 'performance-overview', '--content', dir], io, TODAY),
    ).toBe(0)
    const topics = Object.fromEntries(readContent(dir).topics.map((t) => [t.slug, t]))
    expect(topics.profiling).toMatchObject({ title: 'Profiling', summary: 'Finding where the time goes.' })
    expect(topics.serialization).toMatchObject({
      title: 'Serialization',
      summary: 'Imported from the list "Awesome Things".',
    })
    expect(entriesIn(dir).map(({ title, topics }) => [title, topics])).toEqual([
      ['A book', ['performance-overview']],
      ['orjson', ['serialization']],
      ['Silk', ['profiling']],
    ])
    expect(readContent(dir).problems).toEqual([])
    expect(io.stdout()).toContain('Created topic ')
  })

  it('--create-topics puts every item in a topic: failing a heading that names none, the nearest heading, or the list title', () => {
    const list = [
      '# Awesome Things',
      '- [Loose](https://example.org/loose)',
      '## Books',
      '- [A book](https://example.org/book)',
      '## Profiling',
      '### Talks',
      '- [A talk](https://example.org/talk)',
    ]
    expect(imported(list, ['--create-topics', '--type', 'article'])).toEqual([
      ['A book', 'book', ['books']],
      ['A talk', 'video', ['profiling']],
      ['Loose', 'article', ['awesome-things']],
    ])
  })

  it('types an item by its URL where no heading does, and by a video or podcast host over a heading', () => {
    const list = [
      '## Caching',
      '- [Cacheops](https://github.com/Suor/django-cacheops)',
      '- [On caching](https://blog.example.org/caching)',
      '### Articles',
      '- [A talk on caching](https://www.youtube.com/watch?v=abc)',
      '- [Notes in a repository](https://github.com/example/notes)',
      '### Slides',
      '- [Slides of the talk](https://www.youtube.com/watch?v=def)',
    ]
    expect(imported(list, ['--type', 'article', '--map', 'Slides=article'])).toEqual([
      ['A talk on caching', 'video', ['caching']],
      ['Cacheops', 'repository', ['caching']],
      ['Notes in a repository', 'article', ['caching']],
      ['On caching', 'article', ['caching']],
      ['Slides of the talk', 'article', ['caching']],
    ])
  })
})

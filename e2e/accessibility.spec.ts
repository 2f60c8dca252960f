import AxeBuilder from '@axe-core/playwright'

import { loadCatalog, type Catalog } from './catalog'
import { expect, test, waitForHydration } from './fixtures'

/** Each page to check, its address made from the catalogue so that it shows what its name says. */
const PAGES: { name: string; path: (catalog: Catalog) => string | undefined }[] = [
  { name: 'home', path: () => './' },
  {
    name: 'home while searching',
    path: (catalog) => {
      const type = catalog.typesBySize()[0]!
      return `./?q=${catalog.titleWordsAmong(catalog.ofType(type))[0]!.word}&type=${type}`
    },
  },
  {
    name: 'empty search with ways out',
    path: (catalog) => {
      for (const { word, entries } of catalog.commonWords()) {
        const type = catalog.typesBySize().find((type) => !entries.some((entry) => entry.type === type))
        if (type) return `./?q=${word}&type=${type}`
      }
    },
  },
  {
    name: 'search naming a word no entry mentions',
    path: (catalog) => `./?q=${catalog.madeUpWords(1)[0]}`,
  },
  {
    name: 'close matches',
    path: (catalog) => `./?q=${catalog.madeUpWords(1)[0]}+${catalog.commonWords()[0]!.word}`,
  },
  {
    name: 'topic while searching',
    path: (catalog) => {
      const topic = catalog.topicsBySize()[0]!
      const free = catalog.inTopic(topic.slug).filter((entry) => entry.access === 'free')
      return `topics/${topic.slug}/?q=${catalog.titleWordsAmong(free)[0]!.word}&access=free`
    },
  },
  { name: 'topic', path: (catalog) => `topics/${catalog.topicsBySize()[0]!.slug}/` },
  { name: 'media type', path: (catalog) => `types/${catalog.typesBySize()[0]}/` },
  {
    name: 'entry',
    path: (catalog) =>
      `entries/${(catalog.entries.find((entry) => entry.maintenance) ?? catalog.entries[0]!).slug}/`,
  },
  { name: 'topic index', path: () => 'topics/' },
  {
    name: 'superseded entry',
    path: (catalog) => {
      const superseded = catalog.entries.find((entry) => entry.superseded_by)
      return superseded && `entries/${superseded.slug}/`
    },
  },
  {
    name: 'topic with dormant packages',
    path: (catalog) => {
      const dormant = catalog.entries.find((entry) => entry.maintenance === 'dormant')
      return dormant && `topics/${dormant.topics[0]!.slug}/`
    },
  },
  { name: 'about', path: () => 'about/' },
  { name: '404', path: () => 'no-such-page/' },
]

const WITHOUT_SEARCH = ['404', 'entry', 'superseded entry', 'topic index', 'about']

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })

    for (const { name, path } of PAGES) {
      test(`axe finds no violations on the ${name} page`, async ({ page, problems }) => {
        // Some pages list a hundred entries: axe needs longer than a test's default on a busy machine.
        test.setTimeout(90_000)
        const address = path(await loadCatalog(page))
        test.skip(!address, `the catalogue has no ${name} page`)
        await page.goto(address!)
        if (name === '404') problems.splice(0) // the browser logs the page's own 404 status
        if (!WITHOUT_SEARCH.includes(name)) await waitForHydration(page)
        if (address!.includes('?')) await page.getByTestId(/^(results|empty-results)$/).waitFor()
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/)
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
        ).toEqual([])
      })
    }
  })
}

import type { Page } from '@playwright/test'

import { mediaTypeLabel } from '../lib/schema/media-types'
import { first, loadCatalog, type Catalog } from './catalog'
import {
  escapeRegExp,
  expect,
  matchLine,
  results,
  searchBox,
  status,
  test,
  waitForHydration,
} from './fixtures'

/**
 * Shared links: a query, filters or a sort in the address bar, on the home, topic and media-type pages,
 * each made from the catalogue so that it has results.
 */
const SHARED_LINKS: { name: string; path: (catalog: Catalog) => string }[] = [
  { name: 'a query on the home page', path: (catalog) => `./?q=${catalog.commonWords()[0]!.word}` },
  {
    name: 'a media type sorted by date added',
    path: (catalog) => `./?type=${catalog.typesBySize().at(-1)}&sort=added`,
  },
  {
    name: 'a query on a topic page',
    path: (catalog) => {
      const topic = catalog.topicsBySize()[0]!
      return `topics/${topic.slug}/?q=${catalog.titleWordsAmong(catalog.inTopic(topic.slug))[0]!.word}`
    },
  },
  {
    name: 'a topic page sorted by date published',
    path: (catalog) => `topics/${catalog.topicsBySize().at(-1)!.slug}/?sort=published`,
  },
  {
    name: 'a query on a media-type page',
    path: (catalog) => {
      const type = catalog.typesBySize()[0]!
      return `types/${type}/?q=${catalog.titleWordsAmong(catalog.ofType(type))[0]!.word}`
    },
  },
]
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]

const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' })
const matches = (count: number) => `${count} ${count === 1 ? 'match' : 'matches'}`
const facetValue = (label: string, count: number) => `${label} ${count} ${count === 1 ? 'entry' : 'entries'}`

/** A word some media types' entries hold and at least one type's entries do not. */
function wordMissingFromAType(catalog: Catalog) {
  const types = catalog.typesBySize()
  const found = catalog.commonWords().flatMap(({ word, entries }) => {
    const absentFrom = types.filter((type) => !entries.some((entry) => entry.type === type))
    return absentFrom.length > 0 ? [{ word, entries, absentFrom: absentFrom[0]! }] : []
  })
  return first(found, 'a word the entries of one media type never hold')
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    for (const link of SHARED_LINKS) {
      test(`${link.name} opens with its first result inside the first screen`, async ({ page }) => {
        await page.goto(link.path(await loadCatalog(page)))
        await waitForHydration(page)
        const first = results(page).first()
        await first.waitFor()
        const box = await first.boundingBox()
        expect(box, 'the first result has a box').not.toBeNull()
        expect(box!.y).toBeGreaterThan(0)
        // Its heading, not only its top edge, is on the first screen.
        const heading = await first.getByRole('heading').boundingBox()
        expect(heading!.y + heading!.height).toBeLessThan(size.height)
      })
    }

    test('the home page puts the search box first, above "Recently added"', async ({ page }) => {
      await page.goto('./')
      await waitForHydration(page)
      const box = (await searchBox(page).boundingBox())!
      const recent = (await page.getByRole('heading', { name: 'Recently added' }).boundingBox())!
      expect(box.y + box.height).toBeLessThan(size.height / 2)
      expect(box.y).toBeLessThan(recent.y)
    })
  })
}

test('active filters show as chips, each removed with one click', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const topic = catalog.topicsBySize()[0]!
  const type = catalog.inTopic(topic.slug)[0]!.type
  const types = mediaTypeLabel(type, 'plural')
  await page.goto(`./?q=${catalog.commonWords()[0]!.word}&topic=${topic.slug}&type=${type}`)
  await waitForHydration(page)
  const chips = page.getByRole('list', { name: 'Active filters' })
  const chip = (legend: string, label: string) => new RegExp(`^${legend}:\\s*${escapeRegExp(label)}\\W*$`)
  await expect(chips.getByRole('button')).toHaveText([chip('Topic', topic.title), chip('Media type', types)])
  await chips.getByRole('button', { name: `Remove filter Media type: ${types}` }).click()
  await expect(page).toHaveURL(new RegExp(`\\?q=\\w+&topic=${topic.slug}$`))
  await expect(filters(page).getByRole('checkbox', { name: new RegExp(`^${types} `) })).not.toBeChecked()
  await expect(chips.getByRole('button')).toHaveText([chip('Topic', topic.title)])
  await chips.getByRole('button', { name: `Remove filter Topic: ${topic.title}` }).click()
  await expect(page).toHaveURL(/\?q=\w+$/)
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0)
})

test('each media type counts the entries holding the query word; a type with none shows 0, disabled unless ticked', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const { word, entries, absentFrom } = wordMissingFromAType(catalog)
  await page.goto(`./?q=${word}`)
  await waitForHydration(page)
  const types = filters(page).getByRole('group', { name: 'Media type' })
  for (const type of catalog.typesBySize()) {
    const count = entries.filter((entry) => entry.type === type).length
    const checkbox = types.getByRole('checkbox', {
      name: facetValue(mediaTypeLabel(type, 'plural'), count),
      exact: true,
    })
    if (count === 0) await expect(checkbox).toBeDisabled()
    else await expect(checkbox).toBeEnabled()
  }
  // Counts are read out as text, not through aria-label on a span.
  await expect(filters(page).locator('span[aria-label]')).toHaveCount(0)

  await page.goto(`./?q=${word}&type=${absentFrom}`)
  await waitForHydration(page)
  const ticked = types.locator(`input[value="${absentFrom}"]`)
  await expect(ticked).toBeChecked()
  await expect(ticked).toBeEnabled()
})

test('an empty result offers to drop a filter, with the count it gives', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const { word, entries, absentFrom } = wordMissingFromAType(catalog)
  await page.goto(`./?q=${word}&type=${absentFrom}`)
  await waitForHydration(page)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  const wayOut = page.getByRole('list', { name: 'Ways out' }).getByRole('button', {
    name: `${matches(entries.length)} without ${mediaTypeLabel(absentFrom, 'plural')}`,
  })
  await wayOut.click()
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`))
  await expect(status(page)).toHaveText(matchLine(entries.length, word))
})

test('an empty topic search offers to search all topics, keeping the query', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const found = catalog.topicsBySize().flatMap((topic) =>
    catalog
      .commonWords()
      .filter(
        ({ entries }) =>
          entries.length > 1 && !entries.some((entry) => catalog.inTopic(topic.slug).includes(entry)),
      )
      .slice(0, 1)
      .map(({ word, entries }) => ({ topic, word, everywhere: entries.length })),
  )
  const { topic, word, everywhere } = first(found, 'a word no entry of some topic holds')
  await page.goto(`topics/${topic.slug}/?q=${word}`)
  await waitForHydration(page)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  await page.getByRole('link', { name: `Search all topics: ${matches(everywhere)}` }).click()
  await expect(page).toHaveURL(new RegExp(`/\\?q=${word}$`))
  await waitForHydration(page)
  await expect(status(page)).toHaveText(matchLine(everywhere, word))
})

test('the Access facet counts paid entries, filters them and keeps ?access= in the URL', async ({ page }) => {
  const { entries } = await loadCatalog(page)
  expect(entries.every((entry) => entry.access === 'free' || entry.access === 'paid')).toBe(true)
  const paid = entries.filter((entry) => entry.access === 'paid')

  await page.goto('./')
  await waitForHydration(page)
  const access = filters(page).getByRole('group', { name: 'Access' })
  const paidBox = access.getByRole('checkbox', {
    name: `Paid ${paid.length} ${paid.length === 1 ? 'entry' : 'entries'}`,
  })
  await expect(access.getByRole('checkbox', { name: /^Free \d+ entr/ })).toBeEnabled()
  if (paid.length === 0) {
    // No paid entry yet: the facet is still offered, with 0, and cannot be ticked.
    await expect(paidBox).toBeDisabled()
    await page.goto('./?access=paid')
    await waitForHydration(page)
    await expect(status(page)).toHaveText('0 entries match')
    return
  }
  await paidBox.check()
  await expect(page).toHaveURL(/\?access=paid$/)
  await expect(status(page)).toHaveText(
    `${paid.length} ${paid.length === 1 ? 'entry matches' : 'entries match'}`,
  )
  for (const card of await results(page).all())
    await expect(card.getByText('Paid', { exact: true })).toBeVisible()
  await page.goto(`entries/${paid[0]!.slug}/`)
  await expect(page.getByRole('article').getByText('Paid', { exact: true }).first()).toBeVisible()
})

test('a card carries the Paid badge exactly when its entry is paid', async ({ page }) => {
  const { entries } = await loadCatalog(page)
  const paid = new Set(entries.filter((entry) => entry.access === 'paid').map((entry) => entry.slug))
  expect(paid.size, 'the catalogue has paid entries to check').toBeGreaterThan(0)
  expect(paid.size, 'and free ones').toBeLessThan(entries.length)
  await page.goto('./?sort=title')
  await waitForHydration(page)
  await expect(results(page)).not.toHaveCount(0)
  while (await page.getByRole('button', { name: /^Show \d+ more/ }).isVisible())
    await page.getByRole('button', { name: /^Show \d+ more/ }).click()
  const cards = await results(page).evaluateAll((articles) =>
    articles.map((article) => ({
      slug: article.getAttribute('data-entry')!,
      badge: article.querySelector('[data-access="paid"]') !== null,
    })),
  )
  expect(cards).toHaveLength(entries.length)
  for (const card of cards) expect(card.badge, card.slug).toBe(paid.has(card.slug))
})

test('a topic page speaks of its topic in the search box and links its feeds', async ({ page }) => {
  const topic = (await loadCatalog(page)).topicsBySize()[0]!
  await page.goto(`topics/${topic.slug}/`)
  await waitForHydration(page)
  await expect(searchBox(page)).toHaveAttribute(
    'placeholder',
    new RegExp(`^Search ${escapeRegExp(topic.title)}:`),
  )
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
    'href',
    new RegExp(`/topics/${topic.slug}/feed\\.xml$`),
  )
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]').first()).toHaveAttribute(
    'href',
    new RegExp(`/topics/${topic.slug}/feed\\.json$`),
  )
  // The visible links: followed by request, since a browser showing raw XML asks for a favicon.
  for (const [name, file] of [
    ['Atom feed', 'feed.xml'],
    ['JSON Feed', 'feed.json'],
  ] as const) {
    const href = await page.getByRole('link', { name }).getAttribute('href')
    expect(href).toMatch(new RegExp(`/topics/${topic.slug}/${escapeRegExp(file)}$`))
    expect((await page.request.get(href!)).ok()).toBe(true)
  }
})

import type { Page } from '@playwright/test'

import { expect, results, searchBox, status, test, waitForHydration } from './fixtures'

/** Shared links: a query, filters or a sort in the address bar, on the home, topic and media-type pages. */
const SHARED_LINKS = [
  './?q=celery',
  './?type=video&sort=added',
  'topics/caching/?q=redis',
  'topics/caching/?sort=published',
  'types/video/?q=django',
]
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
]

const filters = (page: Page) => page.getByRole('complementary', { name: 'Filters' })
/** The count once the whole search is in (the descriptions arrive after the first results). */
async function matchCount(page: Page) {
  await page.locator('section[aria-label="Entries"][aria-busy="false"]').waitFor()
  return Number((await status(page).textContent())?.match(/^(\d+) /)?.[1])
}

for (const size of SIZES) {
  test.describe(`at ${size.name} size (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    for (const path of SHARED_LINKS) {
      test(`${path} opens with its first result inside the first screen`, async ({ page }) => {
        await page.goto(path)
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
  await page.goto('./?q=cache&topic=caching&type=repository')
  await waitForHydration(page)
  const chips = page.getByRole('list', { name: 'Active filters' })
  await expect(chips.getByRole('button')).toHaveText([/Topic:\s*Caching/, /Media type:\s*Repositories/])
  await chips.getByRole('button', { name: 'Remove filter Media type: Repositories' }).click()
  await expect(page).toHaveURL(/\?q=cache&topic=caching$/)
  await expect(filters(page).getByRole('checkbox', { name: /Repositories/ })).not.toBeChecked()
  await expect(chips.getByRole('button')).toHaveText([/Topic:\s*Caching/])
  await chips.getByRole('button', { name: 'Remove filter Topic: Caching' }).click()
  await expect(page).toHaveURL(/\?q=cache$/)
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0)
})

test('facet values that would give nothing show 0 and are disabled, unless ticked', async ({ page }) => {
  await page.goto('./?q=celery')
  await waitForHydration(page)
  await results(page).first().waitFor()
  const types = filters(page).getByRole('group', { name: 'Media type' })
  const labels = types.locator('label')
  let emptyType = ''
  for (const label of await labels.all()) {
    const count = Number(
      await label.locator('span.tabular-nums').evaluate((span) => span.firstChild?.textContent),
    )
    const checkbox = label.getByRole('checkbox')
    if (count === 0) {
      await expect(checkbox).toBeDisabled()
      emptyType = (await checkbox.getAttribute('value')) ?? ''
    } else await expect(checkbox).toBeEnabled()
  }
  expect(emptyType, 'some media type has no match for "celery"').not.toBe('')
  // Counts are read out as text, not through aria-label on a span.
  await expect(filters(page).locator('span[aria-label]')).toHaveCount(0)
  await expect(types.getByRole('checkbox', { name: /0 entries$/ }).first()).toBeDisabled()

  await page.goto(`./?q=celery&type=${emptyType}`)
  await waitForHydration(page)
  const ticked = types.locator(`input[value="${emptyType}"]`)
  await expect(ticked).toBeChecked()
  await expect(ticked).toBeEnabled()
})

test('an empty result offers to drop a filter, with the count it gives', async ({ page }) => {
  await page.goto('./?q=celery')
  await waitForHydration(page)
  await results(page).first().waitFor()
  const withoutFilter = await matchCount(page)
  const types = filters(page).getByRole('group', { name: 'Media type' })
  const empty = types.getByRole('checkbox', { disabled: true }).first()
  const value = await empty.getAttribute('value')
  const label = (await types.locator(`label[for="type-${value}"]`).innerText()).split('\n')[0]!.trim()

  await page.goto(`./?q=celery&type=${value}`)
  await waitForHydration(page)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  const wayOut = page.getByRole('list', { name: 'Ways out' }).getByRole('button', {
    name: `${withoutFilter} ${withoutFilter === 1 ? 'match' : 'matches'} without ${label}`,
  })
  await wayOut.click()
  await expect(page).toHaveURL(/\?q=celery$/)
  await expect(status(page)).toHaveText(new RegExp(`^${withoutFilter} `))
})

test('an empty topic search offers to search all topics, keeping the query', async ({ page }) => {
  await page.goto('./?q=instagram')
  await waitForHydration(page)
  await results(page).first().waitFor()
  const everywhere = await matchCount(page)
  expect(everywhere).toBeGreaterThan(0)

  await page.goto('topics/static-media/?q=instagram')
  await waitForHydration(page)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  await page.getByRole('link', { name: `Search all topics: ${everywhere} matches` }).click()
  await expect(page).toHaveURL(/\/\?q=instagram$/)
  await waitForHydration(page)
  await expect(status(page)).toHaveText(`${everywhere} entries match “instagram”`)
})

test('"Did you mean" offers a catalogue word for a word that matches nothing, keeping the state', async ({
  page,
}) => {
  await page.goto('./?q=emyre&sort=title')
  await waitForHydration(page)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  const suggestions = page
    .getByRole('list', { name: 'Ways out' })
    .getByRole('button', { name: /^Did you mean/ })
  await expect(suggestions.first()).toBeVisible()
  for (const text of await suggestions.allInnerTexts()) expect(text).not.toContain('“emyre”')
  await page.getByRole('button', { name: /^Did you mean “meyer”\? \d+ match/ }).click()
  await expect(page).toHaveURL(/\?q=meyer&sort=title$/)
  await expect(searchBox(page)).toHaveValue('meyer')
  await expect(results(page).first()).toContainText(/Meyer/)
})

test('the Access facet counts paid entries, filters them and keeps ?access= in the URL', async ({ page }) => {
  const response = await page.request.get('entries.json')
  const { entries } = (await response.json()) as { entries: { slug: string; access: string }[] }
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
  const response = await page.request.get('entries.json')
  const { entries } = (await response.json()) as { entries: { slug: string; access: string }[] }
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
  await page.goto('topics/caching/')
  await waitForHydration(page)
  await expect(searchBox(page)).toHaveAttribute('placeholder', /Caching/)
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute(
    'href',
    /\/topics\/caching\/feed\.xml$/,
  )
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]').first()).toHaveAttribute(
    'href',
    /\/topics\/caching\/feed\.json$/,
  )
  // The visible links: followed by request, since a browser showing raw XML asks for a favicon.
  for (const [name, file] of [
    ['Atom feed', 'feed.xml'],
    ['JSON Feed', 'feed.json'],
  ] as const) {
    const href = await page.getByRole('link', { name }).getAttribute('href')
    expect(href).toMatch(new RegExp(`/topics/caching/${file.replace('.', '\\.')}$`))
    expect((await page.request.get(href!)).ok()).toBe(true)
  }
})

// Runs against the build of a real awesome list imported into an empty catalogue (see playwright.config.ts and
// tools/site/imported-list.mjs): a smoke test that the list's own site works, search and all.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { LIST_PAGE_SIZE } from '../lib/pagination'
import { IMPORTED_CONTENT } from '../tools/site/imported-list.mjs'
import { loadCatalog } from './catalog'
import { expect, plural, resultTitles, searchBox, test, waitForHydration } from './fixtures'

const filesIn = (folder: string) =>
  readdirSync(join(IMPORTED_CONTENT, folder)).filter((name) => name.endsWith('.md'))

test('the home page counts every imported entry and topic', async ({ page }) => {
  await page.goto('./')
  const entries = filesIn('entries').length
  const topics = filesIn('topics').length
  expect((await loadCatalog(page)).entries.length).toBe(entries)
  await expect(page.getByText(`${entries} entries in ${topics} topics`)).toBeVisible()
})

test("the site carries the list's own name, from the site.json the import wrote", async ({ page }) => {
  const { name } = JSON.parse(readFileSync(join(IMPORTED_CONTENT, 'site.json'), 'utf8')) as { name: string }
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page).toHaveTitle(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
})

test('a topic, reached from the topic index, lists its entries; an entry page links to the resource', async ({
  page,
}) => {
  const catalog = (await loadCatalog(page)).entries
  const counts = new Map<string, number>()
  for (const entry of catalog)
    for (const { slug } of entry.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  const [slug, count] = [...counts].toSorted((a, b) => b[1] - a[1])[0]!

  await page.goto('topics/')
  const link = page.locator(`a[href$="/topics/${slug}/"]`).first()
  const title = (await link.textContent())!.trim()
  const item = page.getByRole('listitem').filter({ has: link })
  await expect(item.getByTestId('topic-count')).toHaveText(plural(count))
  await link.click()
  await expect(page).toHaveURL(new RegExp(`/topics/${slug}/$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  const cards = page.locator('article[data-entry]')
  await expect(cards).toHaveCount(Math.min(count, LIST_PAGE_SIZE))

  const first = cards.first()
  const shown = await first.getAttribute('data-entry')
  const entry = catalog.find((candidate) => candidate.slug === shown)!
  await expect(first.getByRole('link', { name: entry.title, exact: true })).toHaveAttribute('href', entry.url)
  await first.getByRole('link', { name: `Details: ${entry.title}` }).click()
  await expect(page).toHaveURL(new RegExp(`/entries/${entry.slug}/$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  await expect(page.getByRole('link', { name: /^Open on / })).toHaveAttribute('href', entry.url)
})

test('search finds an imported entry by a word of its title', async ({ page }) => {
  const catalog = (await loadCatalog(page)).entries
  // A title word no other entry's title has, so that it must come first.
  const words = (title: string) => title.toLowerCase().match(/[a-z]{5,}/g) ?? []
  const seen = new Map<string, number>()
  for (const entry of catalog)
    for (const word of new Set(words(entry.title))) seen.set(word, (seen.get(word) ?? 0) + 1)
  const entry = catalog.find((candidate) => words(candidate.title).some((word) => seen.get(word) === 1))!
  const word = words(entry.title).find((candidate) => seen.get(candidate) === 1)!

  await page.goto('./')
  await waitForHydration(page)
  await searchBox(page).pressSequentially(word, { delay: 20 })
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`))
  await expect(resultTitles(page).first()).toHaveText(entry.title)
})

test('an imported entry shows no signals of this project’s own catalogue, even under the same slug', async ({
  page,
}) => {
  const ours = Object.keys(JSON.parse(readFileSync('content/signals.json', 'utf8')) as object)
  const shared = filesIn('entries')
    .map((name) => name.replace(/\.md$/, ''))
    .filter((slug) => ours.includes(slug))
  expect(shared.length, 'the imported list shares some slugs with content/signals.json').toBeGreaterThan(0)
  await page.goto(`entries/${shared[0]}/`)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.locator('[data-signal]')).toHaveCount(0)
  await expect(page.getByText(/stars · last push/)).toHaveCount(0)
})

// Runs against the build of tools/site/large-catalogue.mjs (see playwright.config.ts): made-up entries, all
// on one topic, so that topic spans several static pages. What the pages
// should show is read from that build's own entries.json.
import type { Page } from '@playwright/test'

import { LIST_PAGE_SIZE } from '../lib/pagination'
import { LARGE_ENTRY_COUNT, largeEntryTitle } from '../tools/site/large-catalogue.mjs'
import { first, loadCatalog } from './catalog'
import { expect, test } from './fixtures'

/** app/page.tsx: the home page shows this many of each topic. */
const HOME_TOPIC_PREVIEW = 3

const cards = (page: Page) => page.locator('article[data-entry]')

/** The topic every made-up entry is on, and how many entries and static pages it has. */
async function sharedTopic(page: Page) {
  const catalog = await loadCatalog(page)
  const count = catalog.entries.length
  const topic = first(
    catalog.topics.filter((topic) => catalog.inTopic(topic.slug).length === count),
    'a topic every entry is on',
  )
  return { topic, count, pages: Math.ceil(count / LIST_PAGE_SIZE) }
}

test('the home page shows each topic’s first few and links to the rest', async ({ page }) => {
  const { topic, count } = await sharedTopic(page)
  expect(count, 'the build holds every made-up entry').toBe(LARGE_ENTRY_COUNT)
  await page.goto('./')
  await expect(page.getByText(`${count} entries in`)).toBeVisible()
  const region = page.getByRole('region', { name: topic.title })
  await expect(region.locator('article[data-entry]')).toHaveCount(HOME_TOPIC_PREVIEW)
  await expect(region.getByRole('heading', { level: 3 }).first()).toHaveText(largeEntryTitle(1))
  await region.getByRole('link', { name: `See all ${count} entries on ${topic.title} →` }).click()
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/$`))
  expect(await cards(page).count()).toBe(LIST_PAGE_SIZE)
})

test('a long topic is cut into static pages: page 2 has the next entries and links both ways', async ({
  page,
}) => {
  const { topic, pages } = await sharedTopic(page)
  expect(pages).toBeGreaterThan(2)
  await page.goto(`topics/${topic.slug}/`)
  const nav = page.getByRole('navigation', { name: 'Pages' })
  await expect(nav).toContainText(`Page 1 of ${pages}`)
  await expect(cards(page).first()).toContainText(largeEntryTitle(1))
  await nav.getByRole('link', { name: 'Next →' }).click()

  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/page/2/$`))
  await expect(page).toHaveTitle(new RegExp(`^${topic.title}, page 2`))
  await expect(nav).toContainText(`Page 2 of ${pages}`)
  await expect(cards(page)).toHaveCount(LIST_PAGE_SIZE)
  await expect(cards(page).first()).toContainText(largeEntryTitle(LIST_PAGE_SIZE + 1))
  await expect(cards(page).last()).toContainText(largeEntryTitle(2 * LIST_PAGE_SIZE))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    new RegExp(`/topics/${topic.slug}/page/2/$`),
  )

  await nav.getByRole('link', { name: '← Previous' }).click()
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/$`))
})

test('a page past the last one does not exist', async ({ page, problems }) => {
  const { topic, pages } = await sharedTopic(page)
  const response = await page.goto(`topics/${topic.slug}/page/${pages + 1}/`)
  expect(response?.status()).toBe(404)
  problems.splice(0) // the browser logs the page's own 404 status
})

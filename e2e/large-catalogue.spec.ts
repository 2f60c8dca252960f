// Runs against the build of tools/site/large-catalogue.mjs (see playwright.config.ts): 230 made-up entries,
// all on Caching, so the Caching topic spans three static pages.
import { LIST_PAGE_SIZE } from '../lib/pagination'
import { LARGE_ENTRY_COUNT, largeEntryTitle } from '../tools/site/large-catalogue.mjs'
import { expect, test } from './fixtures'

const cards = (page: import('@playwright/test').Page) => page.locator('article[data-entry]')

test('the home page shows each topic’s first few and links to the rest', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByText(`${LARGE_ENTRY_COUNT} entries in`)).toBeVisible()
  const caching = page.getByRole('region', { name: 'Caching' })
  await expect(caching.locator('article[data-entry]')).toHaveCount(5)
  await expect(caching.getByRole('heading', { level: 3 }).first()).toHaveText(largeEntryTitle(1))
  await caching.getByRole('link', { name: `See all ${LARGE_ENTRY_COUNT} entries on Caching →` }).click()
  await expect(page).toHaveURL(/\/topics\/caching\/$/)
  expect(await cards(page).count()).toBe(LIST_PAGE_SIZE)
})

test('a long topic is cut into static pages: page 2 has the next entries and links both ways', async ({
  page,
}) => {
  await page.goto('topics/caching/')
  const pages = page.getByRole('navigation', { name: 'Pages' })
  await expect(pages).toContainText('Page 1 of 3')
  await expect(cards(page).first()).toContainText(largeEntryTitle(1))
  await pages.getByRole('link', { name: 'Next →' }).click()

  await expect(page).toHaveURL(/\/topics\/caching\/page\/2\/$/)
  await expect(page).toHaveTitle(/Caching, page 2/)
  await expect(pages).toContainText('Page 2 of 3')
  await expect(cards(page)).toHaveCount(LIST_PAGE_SIZE)
  await expect(cards(page).first()).toContainText(largeEntryTitle(LIST_PAGE_SIZE + 1))
  await expect(cards(page).last()).toContainText(largeEntryTitle(2 * LIST_PAGE_SIZE))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/topics\/caching\/page\/2\/$/)

  await pages.getByRole('link', { name: '← Previous' }).click()
  await expect(page).toHaveURL(/\/topics\/caching\/$/)
})

test('a page past the last one does not exist', async ({ page, problems }) => {
  const response = await page.goto('topics/caching/page/4/')
  expect(response?.status()).toBe(404)
  problems.splice(0) // the browser logs the page's own 404 status
})

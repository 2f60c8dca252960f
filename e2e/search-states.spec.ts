import { loadCatalog } from './catalog'
import { expect, resultCard, results, searchBox, status, test, waitForHydration } from './fixtures'

test('when the search data cannot be loaded, the page says so and keeps the full list', async ({
  page,
  problems,
}) => {
  const { word } = (await loadCatalog(page)).commonWords()[0]!
  await page.route('**/search-index.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }))
  await page.goto('./')
  await waitForHydration(page)
  const listed = await page.locator('article[data-entry]').count()
  await searchBox(page).fill(word)
  await expect(status(page)).toHaveText('Search could not be loaded; the full list is shown below.')
  await expect(page.locator('article[data-entry]')).toHaveCount(listed)
  // The browser logs the refused request itself; nothing else may have gone wrong.
  expect(problems.filter((problem) => !problem.includes('503'))).toEqual([])
  problems.splice(0)
})

test('when only the descriptions cannot be loaded, search works on the rest and stops being busy', async ({
  page,
  problems,
}) => {
  await page.route('**/search-descriptions.json', (route) =>
    route.fulfill({ status: 503, body: 'unavailable' }),
  )
  const [entry] = (await loadCatalog(page)).entries
  await page.goto('./')
  await waitForHydration(page)
  await searchBox(page).fill(entry!.title)
  await expect(resultCard(page, entry!.slug)).toBeVisible()
  await expect(page.locator('section[aria-label="Entries"]')).toHaveAttribute('aria-busy', 'false')
  expect(problems.filter((problem) => !problem.includes('503'))).toEqual([])
  problems.splice(0)
})

test('"Show N more" adds the next results until all are shown', async ({ page }) => {
  const total = (await loadCatalog(page)).entries.length
  await page.goto('./?sort=title')
  await waitForHydration(page)
  await expect(status(page)).toContainText(`${total} entries match`)
  // However many the first screen shows, the button offers as many again, then the rest.
  const first = await results(page).count()
  expect(first).toBeGreaterThan(0)
  expect(2 * first).toBeLessThan(total)

  const more = page.getByRole('button', { name: /^Show \d+ more of \d+$/ })
  await expect(more).toHaveText(`Show ${first} more of ${total - first}`)
  await more.click()
  await expect(results(page)).toHaveCount(2 * first)
  const left = total - 2 * first
  await expect(more).toHaveText(`Show ${Math.min(first, left)} more of ${left}`)
  while (await more.isVisible()) await more.click()
  await expect(results(page)).toHaveCount(total)
  await expect(more).toHaveCount(0)
})

test('typing a word is one step of history: Back once returns to the page without a query', async ({
  page,
}) => {
  const { word } = (await loadCatalog(page)).commonWords()[0]!
  await page.goto('./')
  await waitForHydration(page)
  await searchBox(page).pressSequentially(word, { delay: 30 })
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`))
  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(searchBox(page)).toHaveValue('')
  await expect(status(page)).toHaveText('')
})

import type { Page } from '@playwright/test'

import { MAX_QUERY_LENGTH } from '../lib/search/url-state'
import { loadCatalog, type Catalog } from './catalog'
import { expect, searchBox, status, test, waitForHydration } from './fixtures'

/** Address-bar input meant to break the page or run script in it, and what the search box must show. */
const HOSTILE_URLS: { suffix: string; shown: string }[] = [
  { suffix: '?q=<img src=x onerror=alert(1)>', shown: '<img src=x onerror=alert(1)>' },
  { suffix: '?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', shown: '<img src=x onerror=alert(1)>' },
  { suffix: '?q=<script>alert(1)</script>', shown: '<script>alert(1)</script>' },
  { suffix: '?q="><svg onload=alert(1)>', shown: '"><svg onload=alert(1)>' },
  { suffix: '?q=javascript:alert(1)', shown: 'javascript:alert(1)' },
  { suffix: '?topic=%00', shown: '' },
  { suffix: '?type=__proto__', shown: '' },
  { suffix: '?q=%E0%A4%A', shown: '\uFFFD%A' },
  { suffix: '?sort=constructor&topic=__proto__,constructor&type=toString', shown: '' },
  { suffix: '?q=%', shown: '%' },
  { suffix: '#<img src=x onerror=alert(1)>', shown: '' },
]
const PAGES: { name: string; path: (catalog: Catalog) => string }[] = [
  { name: 'home page', path: () => './' },
  { name: 'topic page', path: (catalog) => `topics/${catalog.topicsBySize()[0]!.slug}/` },
]

async function expectRenderedAsText(page: Page, shown: string) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(searchBox(page)).toHaveValue(shown)
  if (shown) await expect(status(page)).toContainText(`“${shown}”`)
  // The markup in the query never became elements.
  await expect(page.locator('img[src="x"], svg[onload], [onerror]')).toHaveCount(0)
  const scriptsWithPayload = await page
    .locator('script')
    .evaluateAll((scripts) => scripts.filter((script) => script.textContent?.includes('alert(1)')).length)
  expect(scriptsWithPayload).toBe(0)
}

for (const { name, path } of PAGES) {
  test.describe(`hostile URLs on the ${name}`, () => {
    for (const { suffix, shown } of HOSTILE_URLS) {
      test(`${suffix} is shown as text and breaks nothing`, async ({ page }) => {
        await page.goto(`${path(await loadCatalog(page))}${suffix}`)
        await waitForHydration(page)
        await expectRenderedAsText(page, shown)
      })
    }

    // Servers refuse request lines this long (Node: 16 kB, most hosts: 8 kB), so the query arrives
    // the way a script or a shared link inside the app would put it there: through history.
    test('a 100 kB query is cut to the search box limit', async ({ page }) => {
      await page.goto(path(await loadCatalog(page)))
      await waitForHydration(page)
      const query = '<b>x</b>'.repeat(12_500)
      await page.evaluate((query) => {
        window.history.pushState(null, '', `?q=${query}`)
        window.dispatchEvent(new PopStateEvent('popstate'))
      }, query)
      await expectRenderedAsText(page, query.slice(0, MAX_QUERY_LENGTH))
      await expect(searchBox(page)).toHaveAttribute('maxlength', String(MAX_QUERY_LENGTH))
      await expect(page.locator('b')).toHaveCount(0)
    })
  })
}

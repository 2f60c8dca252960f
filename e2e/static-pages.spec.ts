import type { Page, Request } from '@playwright/test'

import { expect, results, searchBox, test, waitForHydration } from './fixtures'

/**
 * The build keeps no per-route payloads (tools/site/static-export-adapter.mjs) and leaves pages without a
 * search island without Next's scripts (tools/site/prune-export.mjs): every page must still be whole as
 * HTML, and every link a plain one.
 */

/** The paths a document lists as absolute URLs of the site (sitemap <loc>, Atom <id>). */
const pathsIn = (text: string, tag: string) =>
  [...text.matchAll(new RegExp(`<${tag}>([^<]+)</${tag}>`, 'g'))].map((match) => new URL(match[1]!).pathname)

/** Every request the page makes that the old client router would have made to navigate. */
function watchRoutePayloads(page: Page) {
  const asked: string[] = []
  const failed: string[] = []
  page.on('request', (request: Request) => {
    const url = new URL(request.url())
    if (url.pathname.endsWith('.txt') || url.searchParams.has('_rsc')) asked.push(url.pathname + url.search)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
  })
  return { asked, failed }
}

test('every page of the sitemap and every entry of the feed is served whole, without JavaScript', async ({
  page,
}) => {
  const sitemap = await page.request.get('sitemap.xml')
  expect(sitemap.ok()).toBe(true)
  const feed = await page.request.get('feed.xml')
  expect(feed.ok()).toBe(true)
  const paths = [...new Set([...pathsIn(await sitemap.text(), 'loc'), ...pathsIn(await feed.text(), 'id')])]
  expect(paths.filter((path) => path.startsWith('/entries/')).length).toBeGreaterThan(20)
  for (const path of paths) {
    const response = await page.request.get(`.${path}`)
    expect(response.status(), path).toBe(200)
    const html = await response.text()
    expect(html, path).toMatch(/<h1[\s>]/)
    expect(html, path).toContain(`rel="canonical" href="${new URL(path, 'http://localhost:3000').href}"`)
    // A page is listed or searchable, or it links on: its content is in the HTML, not in a payload.
    expect(html.match(/<a\s[^>]*href="\/[^"]*"/g)?.length ?? 0, path).toBeGreaterThan(3)
  }
  // The route payloads are gone.
  for (const path of ['index.txt', 'topics/caching/index.txt', `.${paths.at(-2)}index.txt`])
    expect((await page.request.get(path)).status(), path).toBe(404)
})

test('pages without a search island carry no script bundle; pages with one keep theirs', async ({ page }) => {
  await page.goto('./')
  const scripts = page.locator('script[src*="/_next/static/"]')
  expect(await scripts.count()).toBeGreaterThan(0)
  await page
    .getByRole('link', { name: /^Details:/ })
    .first()
    .click()
  await expect(page).toHaveURL(/\/entries\/[^/]+\/$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await scripts.count()).toBe(0)
  expect(
    await page
      .locator('script:not([src])')
      .evaluateAll((all) => all.some((s) => /__next_f/.test(s.textContent ?? ''))),
  ).toBe(false)
  for (const path of ['topics/', 'types/', 'about/']) {
    await page.goto(path)
    expect(await scripts.count(), path).toBe(0)
  }
  const notFound = await page.request.get('no-such-page/')
  expect(notFound.status()).toBe(404)
  expect(await notFound.text()).not.toMatch(/<script[^>]+src="[^"]*\/_next\/static\//)
})

test('links between pages are page loads that fetch no route payload, search included', async ({ page }) => {
  const watched = watchRoutePayloads(page)
  await page.goto('./')
  await waitForHydration(page)
  await searchBox(page).fill('cache')
  const card = results(page).first()
  await card.waitFor()
  const title = (await card.getByRole('heading').textContent())!.trim()
  await card.getByRole('link', { name: `Details: ${title}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  // From the entry page to its first topic, a page with its own search.
  const topicLink = page.locator('dl').getByRole('link').nth(1)
  const topic = (await topicLink.textContent())!.trim()
  await topicLink.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic)
  await waitForHydration(page)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await page.goBack()
  await expect(searchBox(page)).toHaveValue('cache')
  await expect(results(page).first()).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  expect(watched.asked).toEqual([])
  expect(watched.failed).toEqual([])
})

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false })

  test('the list, an entry and its topic read and link as with it', async ({ page }) => {
    await page.goto('./')
    const details = page.getByRole('link', { name: /^Details:/ }).first()
    const title = (await details.getAttribute('aria-label'))!.replace(/^Details: /, '')
    await details.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    const topicLink = page.locator('dl').getByRole('link').nth(1)
    const topic = (await topicLink.textContent())!.trim()
    await topicLink.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic)
    await expect(page.locator('article').first()).toBeVisible()
  })
})

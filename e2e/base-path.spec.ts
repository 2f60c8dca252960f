import { BASE_PATH_BUILD } from '../tools/site/base-path-build.mjs'
import { first, loadCatalog } from './catalog'
import { escapeRegExp, expect, results, resultTitles, searchBox, test, waitForHydration } from './fixtures'

const BASE = BASE_PATH_BUILD.BASE_PATH
const PUBLIC = `${BASE_PATH_BUILD.SITE_URL}${BASE}`

/** Every link, asset and script of the page that points into this site stays under the base path. */
async function ownUrlsOutsideBase(page: import('@playwright/test').Page) {
  return page.evaluate((base) => {
    const urls = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src]')].map((el) => el.getAttribute('src') ?? ''),
    ]
    return urls.filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${base}/`))
  }, BASE)
}

test('the home page, its assets and live search work under the base path', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const { entry, misspelt } = first(catalog.misspeltTitleWords([6, 7]), 'a title word to misspell')
  const topic = entry.topics[0]!
  await page.goto('./')
  await waitForHydration(page)
  expect(await ownUrlsOutsideBase(page)).toEqual([])
  await searchBox(page).fill(misspelt)
  await expect(resultTitles(page)).toHaveText([entry.title])
  await expect(page).toHaveURL(`${BASE}/?q=${misspelt}`)

  await page.getByRole('link', { name: 'Topics', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${BASE}/topics/$`))
  await page.getByRole('link', { name: topic.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
  expect(await ownUrlsOutsideBase(page)).toEqual([])
  await page.getByRole('link', { name: `Details: ${entry.title}`, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${BASE}/entries/${entry.slug}/$`))
  expect(await ownUrlsOutsideBase(page)).toEqual([])
})

test('a shared URL under the base path restores its state', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const topic = catalog.topicsBySize()[0]!
  const type = catalog.inTopic(topic.slug)[0]!.type
  const both = catalog.inTopic(topic.slug).filter((entry) => entry.type === type)
  const { word } = first(catalog.titleWordsAmong(both), `a title word on ${topic.title}`)
  const query = `?q=${word}&topic=${topic.slug}&type=${type}`
  await page.goto(`./${query}`)
  await waitForHydration(page)
  await expect(searchBox(page)).toHaveValue(word)
  await expect(
    results(page)
      .locator('mark', { hasText: new RegExp(`^${word}`, 'i') })
      .first(),
  ).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`${BASE}/${escapeRegExp(query)}$`))
})

test('feeds, sitemap, canonical URLs and social images carry the base path', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const topic = `topics/${catalog.topicsBySize()[0]!.slug}`
  await page.goto(`${topic}/`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${PUBLIC}/${topic}/`)
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    `${PUBLIC}/${topic}/og.png`,
  )
  // The topic's own feed, then the site's.
  const atomFeeds = page.locator('link[type="application/atom+xml"]')
  expect(await atomFeeds.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
    `${PUBLIC}/${topic}/feed.xml`,
    `${PUBLIC}/feed.xml`,
  ])

  const sitemap = await (await page.request.get('sitemap.xml')).text()
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
  expect(locations.length).toBeGreaterThan(catalog.entries.length)
  for (const location of locations) expect(location.startsWith(`${PUBLIC}/`)).toBe(true)

  const feed = await (await page.request.get('feed.json')).json()
  for (const item of feed.items) expect(item.url.startsWith(`${PUBLIC}/entries/`)).toBe(true)
  expect(await (await page.request.get('feed.xml')).text()).toContain(
    `<link rel="self" href="${PUBLIC}/feed.xml"/>`,
  )
  expect((await page.request.get(`${topic}/og.png`)).headers()['content-type']).toBe('image/png')
})

test('the 404 page works under the base path', async ({ page, problems }) => {
  const response = await page.goto('no/such/page/')
  expect(response?.status()).toBe(404)
  problems.splice(0) // the browser logs the page's own 404 status
  expect(await ownUrlsOutsideBase(page)).toEqual([])
  await page.getByRole('link', { name: /home page/ }).click()
  await expect(page).toHaveURL(`${BASE}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Awesome Django Scale')
})

test('picking and comparing work under the base path', async ({ page }) => {
  await page.goto('topics/caching/')
  await waitForHydration(page)
  const toggles = page.getByRole('main').getByRole('button', { name: /^Compare / })
  await toggles.nth(0).click()
  await toggles.nth(1).click()
  const tray = page.locator('[data-compare-tray]')
  expect(await ownUrlsOutsideBase(page)).toEqual([])
  await tray.getByRole('link', { name: 'Open comparison' }).click()
  await expect(page).toHaveURL(new RegExp(`${BASE}/compare/\\?e=[^,]+,[^,]+$`))
  await expect(page.locator('[data-compare-table] thead th[scope="col"]')).toHaveCount(2)
  expect(await ownUrlsOutsideBase(page)).toEqual([])
  await page
    .locator('[data-compare-table] tbody')
    .getByRole('link', { name: 'Caching', exact: true })
    .first()
    .click()
  await expect(page).toHaveURL(new RegExp(`${BASE}/topics/caching/$`))
})

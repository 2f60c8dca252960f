import { LIST_PAGE_SIZE } from '../lib/pagination'
import { mediaTypeLabel } from '../lib/schema/media-types'
import { loadCatalog } from './catalog'
import { escapeRegExp, expect, test } from './fixtures'

test('a topic page carries a title, description, canonical URL, social cards and JSON-LD', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const topic = catalog.topicsBySize()[0]!
  const path = `topics/${topic.slug}/`
  await page.goto(path)
  await expect(page).toHaveTitle(`${topic.title} · Awesome Django Scale`)
  const head = page.locator('head')
  // The description is the topic's summary, the line under its heading.
  const summary = (await page.getByRole('main').locator('h1 + p').innerText()).trim()
  expect(summary.length).toBeGreaterThan(0)
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', summary)
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${path}$`))
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    new RegExp(`/${escapeRegExp(path)}og\\.png$`),
  )
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const image = await page.request.get(`${path}og.png`)
  expect(image.headers()['content-type']).toBe('image/png')

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld['@type']).toBe('CollectionPage')
  expect(ld.name).toBe(topic.title)
  expect(ld.mainEntity.numberOfItems).toBe(Math.min(catalog.inTopic(topic.slug).length, LIST_PAGE_SIZE))
})

test('feeds are valid, linked from the head, and list the recent additions', async ({ page }) => {
  await page.goto('./')
  const atomHref = await page
    .locator('link[rel="alternate"][type="application/atom+xml"]')
    .getAttribute('href')
  const jsonHref = await page
    .locator('link[rel="alternate"][type="application/feed+json"]')
    .getAttribute('href')
  expect(atomHref).toMatch(/\/feed\.xml$/)
  expect(jsonHref).toMatch(/\/feed\.json$/)

  const atom = await (await page.request.get('feed.xml')).text()
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.namespaceURI,
      entries: doc.querySelectorAll('entry').length,
      firstLink: doc.querySelector('entry > link')?.getAttribute('href') ?? '',
    }
  }, atom)
  expect(parsed.error).toBeNull()
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom')
  expect(parsed.entries).toBeGreaterThan(0)
  expect(parsed.firstLink).toMatch(/\/entries\/[a-z0-9-]+\/$/)

  const feed = await (await page.request.get('feed.json')).json()
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
  expect(feed.items.length).toBe(parsed.entries)
  for (const item of feed.items) {
    expect(item.id).toMatch(/^https?:\/\//)
    expect(item.external_url).toMatch(/^https?:\/\//)
    expect(Number.isNaN(Date.parse(item.date_published))).toBe(false)
  }
})

test('sitemap and robots cover every entry and topic of entries.json', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const sitemap = await (await page.request.get('sitemap.xml')).text()
  for (const entry of catalog.entries) expect(sitemap).toContain(`/entries/${entry.slug}/</loc>`)
  for (const topic of catalog.topics) expect(sitemap).toContain(`/topics/${topic.slug}/</loc>`)
  expect(await (await page.request.get('robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap\.xml/)
})

test('the entries export agrees with the site: its count, and an entry’s fields as its page shows them', async ({
  page,
}) => {
  const exported = await (await page.request.get('entries.json')).json()
  const { entries } = await loadCatalog(page)
  expect(exported.count).toBe(entries.length)
  // The entry with the most of the optional fields.
  const filled = (entry: (typeof entries)[number]) =>
    [entry.authors.length > 0, entry.published, entry.repository].filter(Boolean).length
  const entry = entries.toSorted((a, b) => filled(b) - filled(a))[0]!
  expect(entry.permalink).toMatch(new RegExp(`^https?://.*/entries/${entry.slug}/$`))

  await page.goto(`entries/${entry.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  await expect(page.getByRole('link', { name: `Open on ${entry.host}` })).toHaveAttribute('href', entry.url)
  const fact = (term: string) => page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('+ dd')
  await expect(fact('Media type')).toHaveText(mediaTypeLabel(entry.type))
  await expect(fact('Topics?')).toHaveText(entry.topics.map((topic) => topic.title).join(''))
  await expect(fact('Host')).toHaveText(entry.host)
  if (entry.authors.length > 0) await expect(fact('Authors?')).toHaveText(entry.authors.join(', '))
  if (entry.published) await expect(fact('Published')).toHaveText(entry.published)
  if (entry.repository) await expect(fact('Source code')).toHaveText(entry.repository)
  await expect(fact('Added')).toHaveText(entry.added)
})

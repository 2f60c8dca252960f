import { expect, loadCatalog, test } from './fixtures'

test('pages carry a title, description, canonical URL, social cards and JSON-LD', async ({ page }) => {
  await page.goto('topics/caching/')
  await expect(page).toHaveTitle('Caching · Awesome Django Scale')
  const head = page.locator('head')
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /Cache backends/)
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/topics\/caching\/$/)
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/topics\/caching\/og\.png$/,
  )
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image')
  const image = await page.request.get('topics/caching/og.png')
  expect(image.headers()['content-type']).toBe('image/png')

  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(ld['@type']).toBe('CollectionPage')
  const caching = (await loadCatalog(page)).filter((entry) => entry.topics.includes('caching'))
  expect(ld.mainEntity.numberOfItems).toBe(caching.length)
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

test('sitemap, robots and the entries export cover the whole catalogue', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const sitemap = await (await page.request.get('sitemap.xml')).text()
  for (const entry of catalog) expect(sitemap).toContain(`/entries/${entry.slug}/</loc>`)
  expect(sitemap).toContain('/topics/caching/</loc>')
  expect(await (await page.request.get('robots.txt')).text()).toMatch(/Sitemap: .*\/sitemap\.xml/)

  const exported = await (await page.request.get('entries.json')).json()
  expect(exported.count).toBe(catalog.length)
  const cacheback = exported.entries.find((entry: { slug: string }) => entry.slug === 'django-cacheback')
  expect(cacheback).toMatchObject({
    title: 'Django Cacheback',
    type: 'repository',
    url: 'https://django-cacheback.readthedocs.io/en/latest/',
    authors: ['David Winterbottom'],
    published: '2012',
    repository: 'https://github.com/codeinthehole/django-cacheback',
  })
  expect(cacheback.permalink).toMatch(/^https?:\/\/.*\/entries\/django-cacheback\/$/)
})

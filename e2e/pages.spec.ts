import { expect, loadCatalog, plural, resultTitles, searchBox, test, waitForHydration } from './fixtures'

test('a topic permalink opened directly shows its introduction, entries and scoped search', async ({
  page,
}) => {
  await page.goto('topics/caching/')
  await expect(page).toHaveTitle(/Caching/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Caching')
  const caching = (await loadCatalog(page)).filter((entry) => entry.topics.includes('caching'))
  await expect(page.locator('article[data-entry]')).toHaveCount(caching.length)
  await waitForHydration(page)
  const filters = page.getByRole('complementary', { name: 'Filters' })
  await expect(filters.getByRole('group', { name: 'Topic' })).toHaveCount(0)
  await expect(filters.getByRole('group', { name: 'Media type' })).toBeVisible()

  // Scoped: "instagram" matches entries elsewhere, but none about caching.
  await searchBox(page).fill('cacheback')
  await expect(resultTitles(page).first()).toHaveText('Django Cacheback')
  await searchBox(page).fill('instagram')
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
})

test('the topic index lists every topic with its entry count', async ({ page }) => {
  const catalog = await loadCatalog(page)
  await page.goto('topics/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics')
  const caching = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Caching' }) })
  await expect(caching.getByTestId('topic-count')).toHaveText(
    plural(catalog.filter((e) => e.topics.includes('caching')).length),
  )
  await caching.getByRole('link', { name: 'Caching' }).click()
  await expect(page).toHaveURL(/\/topics\/caching\/$/)
})

test('a media-type page lists only that type', async ({ page }) => {
  const videos = (await loadCatalog(page)).filter((entry) => entry.type === 'video')
  await page.goto('types/video/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Videos')
  const cards = page.locator('article[data-entry]')
  await expect(cards).toHaveCount(videos.length)
  for (const card of await cards.all()) await expect(card).toContainText('▶Video')
})

test('an entry page shows the resource, its facts and related entries', async ({ page }) => {
  await page.goto('entries/django-cacheback/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Django Cacheback')
  await expect(page.getByRole('link', { name: /Open on django-cacheback\.readthedocs\.io/ })).toHaveAttribute(
    'href',
    'https://django-cacheback.readthedocs.io/en/latest/',
  )
  const facts = page.locator('dl')
  await expect(facts).toContainText('Repository')
  await expect(facts).toContainText('David Winterbottom')
  await expect(facts).toContainText('2012')
  await expect(facts.getByRole('link', { name: 'Async & task queues' })).toBeVisible()
  await facts.getByRole('link', { name: 'Caching' }).click()
  await expect(page).toHaveURL(/\/topics\/caching\/$/)
})

test('an entry page lists related entries, each sharing a topic, each a link to its own page', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const cacheback = catalog.find((entry) => entry.slug === 'django-cacheback')!
  await page.goto('entries/django-cacheback/')
  const related = page.getByRole('region', { name: 'Related entries' }).getByRole('listitem')
  await expect(related).toHaveCount(6)
  for (const item of await related.all()) {
    const slug = (await item.getAttribute('data-entry')) ?? ''
    const entry = catalog.find((candidate) => candidate.slug === slug)!
    expect(
      entry.topics.some((topic) => cacheback.topics.includes(topic)),
      slug,
    ).toBe(true)
    await expect(item.getByRole('link', { name: entry.title, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/entries/${slug}/$`),
    )
  }
  const first = related.first()
  const title = await first.getByRole('link').innerText()
  await first.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test('an unknown path shows a helpful 404 page', async ({ page, problems }) => {
  const response = await page.goto('no/such/page/')
  expect(response?.status()).toBe(404)
  // The browser logs the 404 status of the page itself; that one is expected.
  const expected = problems.findIndex((problem) => /404 \(Not Found\).*no\/such\/page/.test(problem))
  expect(expected).toBeGreaterThanOrEqual(0)
  problems.splice(expected, 1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: /home page/ })).toBeVisible()
  await page.getByRole('main').getByRole('link', { name: 'Connection pooling' }).click()
  await expect(page).toHaveURL(/\/topics\/connection-pooling\/$/)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every entry is listed on its topics’ pages, reached from the home page, and the links work', async ({
    page,
  }) => {
    const catalog = await loadCatalog(page)
    await page.goto('./')
    // Each topic's section on the home page leads to its page (by its heading), and the pages list all.
    const topicPages = await page
      .getByRole('main')
      .locator('section h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    const listed = new Set<string>()
    for (const href of topicPages) {
      await page.goto(`.${href}`)
      // A long topic is cut into static pages.
      for (let more = true; more;) {
        for (const slug of await page
          .locator('article[data-entry]')
          .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-entry')!)))
          listed.add(slug)
        const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next →' })
        more = (await next.count()) > 0
        if (more) await next.click()
      }
    }
    expect([...listed].toSorted()).toEqual(catalog.map((entry) => entry.slug).toSorted())
    await page.goto('./')
    await page.getByRole('link', { name: 'Topics', exact: true }).click()
    await page.getByRole('link', { name: 'Case studies' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Case studies')
    await expect(page.locator('article[data-entry]')).toHaveCount(
      catalog.filter((entry) => entry.topics.includes('case-studies')).length,
    )
    await page.getByRole('link', { name: 'Details: Django @Instagram - Carl Meyer | Django Chat' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Django @Instagram - Carl Meyer | Django Chat',
    )
  })
})

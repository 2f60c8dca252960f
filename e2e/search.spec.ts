import { expect, loadCatalog, resultTitles, searchBox, status, test, waitForHydration } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.goto('./')
  await waitForHydration(page)
})

test('the home page shows each topic’s first entries and links to the rest', async ({ page }) => {
  const entries = await loadCatalog(page)
  const topics = [...new Set(entries.flatMap((entry) => entry.topics))]
  expect(topics.length).toBeGreaterThan(5)
  for (const topic of topics) {
    const inTopic = entries.filter((entry) => entry.topics.includes(topic))
    const section = page.locator(`section[aria-labelledby="group-${topic}"]`)
    const shown = await section
      .locator('article[data-entry]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-entry')))
    expect(shown, topic).toEqual(inTopic.slice(0, 5).map((entry) => entry.slug))
    await expect(section.getByRole('link', { name: /^See all \d+ entries on/ })).toHaveCount(
      inTopic.length > 5 ? 1 : 0,
    )
  }
})

test('a misspelled query finds the right entry as the visitor types, highlighted', async ({ page }) => {
  await searchBox(page).pressSequentially('cashback', { delay: 30 })
  await expect(resultTitles(page).first()).toHaveText('Django Cacheback')
  await expect(resultTitles(page).first().locator('mark').first()).toHaveText(/^cach/i)
  await expect(page).toHaveURL(/\?q=cashback$/)

  await searchBox(page).fill('pgbouncr')
  await expect(resultTitles(page).first()).toHaveText('A Guide to Using pgBouncer for PostgreSQL')

  await searchBox(page).fill('instagarm')
  for (const title of [
    'Django @Instagram - Carl Meyer | Django Chat',
    'Carl Meyer about Django @ Instagram at Django: Under The Hood 2016',
  ]) {
    await expect(resultTitles(page).filter({ hasText: title })).toHaveCount(1)
  }
})

test('a query of several words can be typed key by key, spaces included', async ({ page }) => {
  await searchBox(page).pressSequentially('bulk load ', { delay: 20 })
  await expect(searchBox(page)).toHaveValue('bulk load ')
  await expect(page).toHaveURL(/\?q=bulk\+load$/)
  await expect(resultTitles(page).first()).toHaveText('django-bulk-load')
})

test('words that sit in different fields all count, and each is marked where it matched', async ({
  page,
}) => {
  await searchBox(page).fill('gunicorn benoitc wsgi')
  const card = page.getByTestId('results').locator('article').first()
  await expect(card.getByRole('heading')).toHaveText('Gunicorn')
  await expect(card.getByRole('heading').locator('mark')).toHaveText(['Gunicorn'])
  await expect(card.locator('mark', { hasText: /^benoitc$/ })).toHaveCount(1)
  await expect(card.locator('p mark')).toHaveText(['WSGI'])

  await searchBox(page).fill('bulk insert')
  await expect(resultTitles(page).nth(2)).toBeVisible()
  expect(
    await resultTitles(page).evaluateAll((titles) => titles.slice(0, 3).map((t) => t.textContent)),
  ).toContain('django-bulk-load')
})

test('filters combine: OR within a facet, AND across facets, query on top; Clear resets', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const inTopics = (entry: { topics: string[] }, topics: string[]) =>
    topics.some((t) => entry.topics.includes(t))
  const matchLine = (count: number) =>
    new RegExp(`^${count} ${count === 1 ? 'entry matches' : 'entries match'}$`)
  const filters = page.getByRole('complementary', { name: 'Filters' })

  await filters.getByRole('checkbox', { name: /Database & ORM/ }).check()
  await expect(status(page)).toHaveText(
    matchLine(catalog.filter((e) => inTopics(e, ['database-orm'])).length),
  )
  await filters.getByRole('checkbox', { name: /Connection pooling/ }).check()
  const eitherTopic = catalog.filter((e) => inTopics(e, ['database-orm', 'connection-pooling']))
  await expect(status(page)).toHaveText(matchLine(eitherTopic.length))
  await filters.getByRole('checkbox', { name: /Repositories/ }).check()
  const repositories = eitherTopic.filter((e) => e.type === 'repository')
  await expect(status(page)).toHaveText(matchLine(repositories.length))
  // The first page of results, by title.
  await expect(resultTitles(page)).toHaveText(
    repositories
      .map((e) => e.title)
      .toSorted((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
      .slice(0, 20),
  )
  // Live counts: with the two topics ticked, the type facet counts what each type would add.
  const articleCount = eitherTopic.filter((e) => e.type === 'article').length
  await expect(filters.locator('label', { hasText: 'Articles' })).toHaveText(
    new RegExp(`Articles\\s*${articleCount} entr(y|ies)$`),
  )
  await expect(page).toHaveURL(/topic=database-orm,connection-pooling&type=repository/)

  await searchBox(page).fill('bulk load')
  await expect(resultTitles(page).first()).toHaveText('django-bulk-load')

  await page.getByRole('button', { name: 'Clear', exact: true }).click()
  await expect(searchBox(page)).toHaveValue('')
  await expect(filters.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Caching' })).toBeVisible()
})

test('when nothing matches, the page says so and offers to clear', async ({ page }) => {
  await searchBox(page).fill('zzqxjvwk')
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  await expect(status(page)).toHaveText('0 entries match “zzqxjvwk”')
  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(searchBox(page)).toHaveValue('')
  await expect(page.locator('article[data-entry]').first()).toBeVisible()
})

test('a shared URL restores the query, the filters and the results', async ({ page }) => {
  await page.goto('./?q=cache&topic=caching&type=repository')
  await waitForHydration(page)
  await expect(searchBox(page)).toHaveValue('cache')
  const filters = page.getByRole('complementary', { name: 'Filters' })
  await expect(filters.getByRole('checkbox', { name: /Caching/ })).toBeChecked()
  await expect(filters.getByRole('checkbox', { name: /Repositories/ })).toBeChecked()
  await expect(resultTitles(page).first().locator('mark').first()).toHaveText(/^cach/i)
  const cards = page.getByTestId('results').locator('article')
  expect(await cards.count()).toBeGreaterThan(0)
  for (const card of await cards.all()) {
    await expect(card).toContainText('Repository')
    await expect(card.getByRole('link', { name: 'Caching', exact: true })).toBeVisible()
  }
})

test('back and forward step through changes without reloading', async ({ page }) => {
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'))
  await searchBox(page).fill('django')
  const filters = page.getByRole('complementary', { name: 'Filters' })
  await filters.getByRole('checkbox', { name: /Videos/ }).check()
  await expect(page).toHaveURL(/\?q=django&type=video$/)

  await page.goBack()
  await expect(page).toHaveURL(/\?q=django$/)
  await expect(filters.getByRole('checkbox', { name: /Videos/ })).not.toBeChecked()
  await expect(searchBox(page)).toHaveValue('django')

  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(searchBox(page)).toHaveValue('')

  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(/\?q=django&type=video$/)
  await expect(filters.getByRole('checkbox', { name: /Videos/ })).toBeChecked()
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('still here')
})

test('unknown and malformed parameters are ignored', async ({ page }) => {
  await page.goto('./?topic=nope&type=podcast&sort=sideways&utm_source=x&q=%E0%A4%A')
  await waitForHydration(page)
  await expect(
    page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Awesome Django Scale')
})

import { LIST_PAGE_SIZE } from '../lib/pagination'
import { mediaTypeLabel } from '../lib/schema/media-types'
import { first, hasTopic, loadCatalog, type Entry } from './catalog'
import { escapeRegExp, expect, plural, resultTitles, searchBox, test, waitForHydration } from './fixtures'

/** lib/content/catalog.ts relatedEntries: an entry page lists this many entries sharing a topic, at most. */
const RELATED_SHOWN = 6

const cards = (page: import('@playwright/test').Page) => page.locator('article[data-entry]')

test('a topic permalink opened directly shows its title, its entries and a search scoped to it', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const topic = catalog.topicsBySize()[0]!
  const members = catalog.inTopic(topic.slug)
  await page.goto(`topics/${topic.slug}/`)
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(topic.title)} · `))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
  await expect(cards(page)).toHaveCount(Math.min(members.length, LIST_PAGE_SIZE))
  await waitForHydration(page)
  const filters = page.getByRole('complementary', { name: 'Filters' })
  await expect(filters.getByRole('group', { name: 'Topic' })).toHaveCount(0)
  await expect(filters.getByRole('group', { name: 'Media type' })).toBeVisible()

  const own = first(catalog.uniqueTitleWords(members), `a title word of its own on ${topic.title}`)
  await searchBox(page).fill(own.word)
  await expect(resultTitles(page)).toHaveText([own.entry.title])
  // Scoped: a word entries on other topics hold, and none on this one.
  const elsewhere = first(
    catalog.commonWords().filter(({ entries }) => !entries.some((entry) => members.includes(entry))),
    `a word no entry on ${topic.title} holds`,
  )
  await searchBox(page).fill(elsewhere.word)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
})

test('the topic index lists every topic with its entry count, each linking to its page', async ({ page }) => {
  const catalog = await loadCatalog(page)
  await page.goto('topics/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Topics')
  const item = (title: string) =>
    page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) })
  for (const topic of catalog.topics)
    await expect(item(topic.title).getByTestId('topic-count')).toHaveText(
      plural(catalog.inTopic(topic.slug).length),
    )
  const topic = catalog.topics[0]!
  await item(topic.title).getByRole('link', { name: topic.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/$`))
})

test('a media-type page lists the entries of that type and no other', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const type = catalog.typesBySize()[0]!
  const members = catalog.ofType(type).map((entry) => entry.slug)
  await page.goto(`types/${type}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(mediaTypeLabel(type, 'plural'))
  await expect(cards(page)).toHaveCount(Math.min(members.length, LIST_PAGE_SIZE))
  const shown = await cards(page).evaluateAll((articles) => articles.map((a) => a.getAttribute('data-entry')))
  for (const slug of shown) expect(members).toContain(slug)
})

test('an entry page shows the resource, its facts from entries.json and links to its topics', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  // The entry with the most facts to show.
  const factCount = (entry: Entry) =>
    Number(entry.authors.length > 0) + Number(Boolean(entry.published)) + entry.topics.length
  const entry = catalog.entries.toSorted((a, b) => factCount(b) - factCount(a))[0]!
  await page.goto(`entries/${entry.slug}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  await expect(page.getByRole('link', { name: `Open on ${entry.host}` })).toHaveAttribute('href', entry.url)
  const facts = page.locator('dl')
  await expect(facts).toContainText(mediaTypeLabel(entry.type))
  await expect(facts).toContainText(entry.authors.join(', '))
  await expect(facts).toContainText(entry.published!)
  for (const topic of entry.topics)
    await expect(facts.getByRole('link', { name: topic.title, exact: true })).toBeVisible()
  const topic = entry.topics.at(-1)!
  await facts.getByRole('link', { name: topic.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/$`))
})

test('an entry page lists the sources its facts were checked against, and the day', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const entry = catalog.entries.toSorted((a, b) => b.sources.length - a.sources.length)[0]!
  expect(entry.sources.length).toBeGreaterThan(0)
  await page.goto(`entries/${entry.slug}/`)
  const sources = page.getByRole('region', { name: 'Sources' })
  const links = sources.getByRole('link')
  await expect(links).toHaveText(entry.sources)
  for (const [index, url] of entry.sources.entries())
    await expect(links.nth(index)).toHaveAttribute('href', url)
  if (entry.verified) await expect(sources.locator('time')).toHaveAttribute('datetime', entry.verified)
})

test('an entry page lists related entries, each sharing a topic, each a link to its own page', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const sharing = (entry: Entry) =>
    catalog.entries.filter(
      (other) => other !== entry && other.topics.some((topic) => hasTopic(entry, topic.slug)),
    )
  const entry = catalog.entries.find((candidate) => sharing(candidate).length >= RELATED_SHOWN)!
  await page.goto(`entries/${entry.slug}/`)
  const related = page.getByRole('region', { name: 'Related entries' }).getByRole('listitem')
  await expect(related).toHaveCount(RELATED_SHOWN)
  for (const item of await related.all()) {
    const slug = (await item.getAttribute('data-entry')) ?? ''
    expect(sharing(entry).map((other) => other.slug)).toContain(slug)
    await expect(item.getByRole('link', { name: catalog.entry(slug).title, exact: true })).toHaveAttribute(
      'href',
      new RegExp(`/entries/${slug}/$`),
    )
  }
  const firstRelated = related.first()
  const title = await firstRelated.getByRole('link').innerText()
  await firstRelated.getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
})

test('an unknown path shows a helpful 404 page that links to every topic', async ({ page, problems }) => {
  const catalog = await loadCatalog(page)
  const response = await page.goto('no/such/page/')
  expect(response?.status()).toBe(404)
  // The browser logs the 404 status of the page itself; that one is expected.
  const expected = problems.findIndex((problem) => /404 \(Not Found\).*no\/such\/page/.test(problem))
  expect(expected).toBeGreaterThanOrEqual(0)
  problems.splice(expected, 1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await expect(page.getByRole('link', { name: /home page/ })).toBeVisible()
  const main = page.getByRole('main')
  for (const topic of catalog.topics)
    await expect(main.getByRole('link', { name: topic.title, exact: true })).toBeVisible()
  const topic = catalog.topics.at(-1)!
  await main.getByRole('link', { name: topic.title, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}/$`))
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
    expect(topicPages).toHaveLength(catalog.topics.length)
    const listed = new Set<string>()
    for (const href of topicPages) {
      await page.goto(`.${href}`)
      // A long topic is cut into static pages.
      for (let more = true; more;) {
        for (const slug of await cards(page).evaluateAll((articles) =>
          articles.map((article) => article.getAttribute('data-entry')!),
        ))
          listed.add(slug)
        const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next →' })
        more = (await next.count()) > 0
        if (more) await next.click()
      }
    }
    expect([...listed].toSorted()).toEqual(catalog.entries.map((entry) => entry.slug).toSorted())
    await page.goto('./')
    const topic = catalog.topicsBySize().at(-1)!
    const members = catalog.inTopic(topic.slug)
    await page.getByRole('link', { name: 'Topics', exact: true }).click()
    await page.getByRole('link', { name: topic.title, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
    await expect(cards(page)).toHaveCount(members.length)
    const entry = members[0]!
    await page.getByRole('link', { name: `Details: ${entry.title}`, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title)
  })
})

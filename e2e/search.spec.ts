import { compareEntries } from '../lib/schema/order'
import { mediaTypeLabel } from '../lib/schema/media-types'
import { first, hasTopic, loadCatalog, textHolds } from './catalog'
import {
  allResultSlugs,
  escapeRegExp,
  expect,
  filterBox,
  matchLine,
  resultCard,
  results,
  resultTitles,
  searchBox,
  status,
  test,
  waitForHydration,
} from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.goto('./')
  await waitForHydration(page)
})

const HOME_TOPIC_PREVIEW = 3

test('the home page shows each topic’s first entries and links to the rest', async ({ page }) => {
  const catalog = await loadCatalog(page)
  expect(catalog.topics.length).toBeGreaterThan(5)
  for (const topic of catalog.topics) {
    const inTopic = catalog.inTopic(topic.slug).toSorted(compareEntries)
    const section = page.getByRole('region', { name: topic.title, exact: true })
    const shown = await section
      .locator('article[data-entry]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-entry')))
    expect(shown, topic.slug).toEqual(inTopic.slice(0, HOME_TOPIC_PREVIEW).map((entry) => entry.slug))
    await expect(
      section.getByRole('link', { name: `See all ${inTopic.length} entries on ${topic.title} →` }),
    ).toHaveCount(inTopic.length > HOME_TOPIC_PREVIEW ? 1 : 0)
  }
})

test('a title word misspelt by a swap of neighbours finds its entry as the visitor types, highlighted', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const short = first(catalog.misspeltTitleWords([6, 7]), 'a title word of six or seven letters to misspell')
  await searchBox(page).pressSequentially(short.misspelt, { delay: 30 })
  await expect(status(page)).toHaveText(matchLine(1, short.misspelt))
  await expect(resultTitles(page).first()).toHaveText(short.entry.title)
  await expect(
    resultTitles(page)
      .first()
      .locator('mark', { hasText: new RegExp(`^${short.shown}$`) }),
  ).not.toHaveCount(0)
  await expect(page).toHaveURL(new RegExp(`\\?q=${short.misspelt}$`))

  const long = first(catalog.misspeltTitleWords([8, 99]), 'a title word of eight letters or more to misspell')
  await searchBox(page).fill(long.misspelt)
  await expect(status(page)).toHaveText(matchLine(1, long.misspelt))
  await expect(resultTitles(page).first()).toHaveText(long.entry.title)
})

test('a query of several words can be typed key by key, spaces included', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const { entry, word } = first(
    catalog
      .uniqueTitleWords()
      .filter((picked) => catalog.plainWordsOf(picked.entry, picked.entry.title).length > 1),
    'a title of two words or more, one of them in no other entry',
  )
  const other = catalog.plainWordsOf(entry, entry.title).find((picked) => picked.word !== word)!.word
  const typed = `${other} ${word} `
  await searchBox(page).pressSequentially(typed, { delay: 20 })
  await expect(searchBox(page)).toHaveValue(typed)
  await expect(page).toHaveURL(new RegExp(`\\?q=${other}\\+${word}$`))
  await expect(resultTitles(page).first()).toHaveText(entry.title)
})

test('a query whose words sit in the title, the authors and the description finds the entry, each word marked where it matched', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const chosen = catalog.uniqueTitleWords().flatMap((title) => {
    const { entry } = title
    if (textHolds(`${entry.authors.join(' ')} ${entry.description}`, title.word)) return []
    const others = `${entry.title} ${entry.keywords.join(' ')}`
    const author = catalog
      .plainWordsOf(entry, entry.authors.join(', '))
      .find(({ word }) => !textHolds(`${others} ${entry.description}`, word))
    const described = catalog
      .plainWordsOf(entry, entry.description)
      .find(({ word }) => !textHolds(`${others} ${entry.authors.join(' ')}`, word))
    return author && described ? [{ title, author, described }] : []
  })
  const { title, author, described } = first(chosen, 'an entry with a word of its own in each field')
  const query = `${title.word} ${author.word} ${described.word}`
  await searchBox(page).fill(query)
  await expect(status(page)).toHaveText(matchLine(1, query))
  const card = resultCard(page, title.entry.slug)
  await expect(card.getByRole('heading')).toHaveText(title.entry.title)
  const exactly = (text: string) => ({ hasText: new RegExp(`^${escapeRegExp(text)}$`) })
  await expect(card.getByRole('heading').locator('mark', exactly(title.shown))).not.toHaveCount(0)
  await expect(card.locator('mark', exactly(author.shown))).not.toHaveCount(0)
  await expect(card.locator('p mark', exactly(described.shown))).not.toHaveCount(0)
})

test('filters combine: OR within a facet, AND across facets, query on top; Clear resets', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const [one, other] = catalog.topicsBySize()
  const eitherTopic = catalog.entries.filter(
    (entry) => hasTopic(entry, one!.slug) || hasTopic(entry, other!.slug),
  )
  const [type, otherType] = catalog
    .typesBySize()
    .filter((type) => eitherTopic.some((entry) => entry.type === type))
  expect(otherType, 'the two topics hold two media types').toBeDefined()
  const ofType = eitherTopic.filter((entry) => entry.type === type)

  await filterBox(page, one!.title).check()
  await expect(status(page)).toHaveText(matchLine(catalog.inTopic(one!.slug).length))
  await filterBox(page, other!.title).check()
  await expect(status(page)).toHaveText(matchLine(eitherTopic.length))
  await filterBox(page, mediaTypeLabel(type!, 'plural')).check()
  await expect(status(page)).toHaveText(matchLine(ofType.length))
  // The first page of results, in the site's title order.
  await expect(resultTitles(page)).toHaveText(
    ofType
      .toSorted(compareEntries)
      .slice(0, 20)
      .map((entry) => entry.title),
  )
  // Live counts: with the two topics ticked, another media type counts what it would add.
  const otherLabel = mediaTypeLabel(otherType!, 'plural')
  const otherCount = eitherTopic.filter((entry) => entry.type === otherType).length
  await expect(
    page.getByRole('complementary', { name: 'Filters' }).locator('label', { hasText: otherLabel }),
  ).toHaveText(new RegExp(`${otherLabel}\\s*${otherCount} entr(y|ies)$`))
  await expect(page).toHaveURL(new RegExp(`topic=${one!.slug},${other!.slug}&type=${type}`))

  const { entry, word } = first(
    catalog.uniqueTitleWords(ofType),
    'a title word of its own in the filtered list',
  )
  await searchBox(page).fill(word)
  await expect(resultTitles(page)).toHaveText([entry.title])

  await page.getByRole('button', { name: 'Clear', exact: true }).click()
  await expect(searchBox(page)).toHaveValue('')
  await expect(
    page.getByRole('complementary', { name: 'Filters' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(0)
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByRole('heading', { level: 2, name: one!.title, exact: true })).toBeVisible()
})

test('when nothing matches, the page says so and offers to clear', async ({ page }) => {
  const [madeUp] = (await loadCatalog(page)).madeUpWords(1)
  await searchBox(page).fill(madeUp!)
  await expect(page.getByText('Nothing matches your search and filters.')).toBeVisible()
  await expect(status(page)).toHaveText(matchLine(0, madeUp))
  await page.getByRole('button', { name: 'Clear search and filters' }).click()
  await expect(searchBox(page)).toHaveValue('')
  await expect(page.locator('article[data-entry]').first()).toBeVisible()
})

test('a shared URL restores the query and the filters, and shows exactly the entries they select', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  // The topic and media type with the most entries in common, and the word most of those have in their titles.
  const combinations = catalog.topicsBySize().flatMap((topic) =>
    catalog.typesBySize().flatMap((type) => {
      const both = catalog.inTopic(topic.slug).filter((entry) => entry.type === type)
      return catalog
        .titleWordsAmong(both)
        .slice(0, 1)
        .map((best) => ({ topic, type, ...best }))
    }),
  )
  const {
    topic,
    type,
    word,
    entries: expected,
  } = first(
    combinations.toSorted((a, b) => b.entries.length - a.entries.length),
    'a topic and a media type with entries in common',
  )
  expect(expected.length, 'a word several entries of one topic and type hold').toBeGreaterThan(1)
  await page.goto(`./?q=${word}&topic=${topic.slug}&type=${type}`)
  await waitForHydration(page)
  await expect(searchBox(page)).toHaveValue(word)
  await expect(filterBox(page, topic.title)).toBeChecked()
  await expect(filterBox(page, mediaTypeLabel(type, 'plural'))).toBeChecked()
  await expect(status(page)).toHaveText(matchLine(expected.length, word))
  expect((await allResultSlugs(page)).toSorted()).toEqual(expected.map((entry) => entry.slug).toSorted())
  const marked = await results(page).locator('mark').allInnerTexts()
  expect(marked.some((text) => text.toLowerCase().startsWith(word))).toBe(true)
})

test('back and forward step through changes without reloading', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const { word } = catalog.commonWords()[0]!
  const type = catalog.typesBySize()[0]!
  const typeBox = filterBox(page, mediaTypeLabel(type, 'plural'))
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'still here'))
  await searchBox(page).fill(word)
  await typeBox.check()
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&type=${type}$`))

  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`))
  await expect(typeBox).not.toBeChecked()
  await expect(searchBox(page)).toHaveValue(word)

  await page.goBack()
  await expect(page).toHaveURL(/\/$/)
  await expect(searchBox(page)).toHaveValue('')

  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&type=${type}$`))
  await expect(typeBox).toBeChecked()
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

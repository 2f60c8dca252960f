// What search answers, worked out from the built site's own /entries.json (issue 21): every word of a query
// must match; a word no entry mentions is named and the rest shown as close matches; a catalogue word is
// taken as typed; misspellings are accepted within the typo rule, and "Did you mean" covers one edit beyond.
import type { Page } from '@playwright/test'

import {
  editDistance,
  first,
  loadCatalog,
  swapMisspellings,
  typosAllowed,
  type Catalog,
  type Entry,
  type PickedWord,
} from './catalog'
import {
  allResultSlugs,
  expect,
  matchLine,
  resultCard,
  results,
  searchBox,
  searchSettled,
  status,
  test,
  waitForHydration,
} from './fixtures'

const slugsOf = (entries: readonly Entry[]) => entries.map((entry) => entry.slug).toSorted()
const closeLine = (query: string, count: number) =>
  `No entry matches “${query}”: ${count} close ${count === 1 ? 'match' : 'matches'}`
const matches = (count: number) => `${count} ${count === 1 ? 'match' : 'matches'}`

async function openHome(page: Page) {
  await page.goto('./')
  await waitForHydration(page)
}

/** Types a query and waits until its answer, on all the search data, is on the page. */
async function search(page: Page, query: string) {
  await searchBox(page).fill(query)
  await expect(status(page)).toContainText(`“${query}”`)
  await searchSettled(page)
}

/** Misspellings search should take for the word: new words (no catalogue word or the start of one). */
function misspellingsOf(catalog: Catalog, word: string, swaps: 1 | 2): string[] {
  return swapMisspellings(word, swaps).filter(
    (misspelt) => catalog.isPlainWord(misspelt) && !catalog.isKnown(misspelt),
  )
}

/** Checks that each misspelling of a unique title word finds its entry, with the word highlighted. */
async function expectEachFindsItsEntry(page: Page, picked: PickedWord, misspellings: string[]) {
  expect(misspellings.length, `misspellings of “${picked.word}”`).toBeGreaterThan(0)
  for (const misspelt of misspellings) {
    await search(page, misspelt)
    expect(await allResultSlugs(page), `“${misspelt}” finds ${picked.entry.slug}`).toContain(
      picked.entry.slug,
    )
    const title = resultCard(page, picked.entry.slug).getByRole('heading')
    await expect(title.locator('mark').filter({ hasText: new RegExp(`^${picked.shown}$`, 'i') })).toHaveCount(
      1,
    )
  }
}

/**
 * A misspelling of a catalogue word that is one edit beyond the typo rule from it and within the rule of
 * no catalogue word, with the words "Did you mean" should offer for it: every catalogue word exactly one
 * edit beyond the rule (the page offers three at most, so the case chosen has no more).
 */
function beyondTheRule(catalog: Catalog) {
  for (const picked of catalog.titleWords()) {
    if (picked.word.length > 7) continue
    for (const misspelt of misspellingsOf(catalog, picked.word, 2)) {
      const limit = typosAllowed(misspelt) + 1
      if (editDistance(picked.word, misspelt) !== limit) continue
      if (catalog.wordsWithin(misspelt, limit - 1).length > 0) continue
      const offered = catalog
        .wordsWithin(misspelt, limit)
        .filter((term) => term.length >= 3 && editDistance(term, misspelt) === limit)
      // Each offered word read as typed (no stop word, no concept), so its count is the entries holding it.
      if (offered.length <= 3 && offered.every((term) => catalog.isPlainWord(term)))
        return { ...picked, misspelt, offered }
    }
  }
  throw new Error('the catalogue has no title word to misspell one edit beyond the typo rule')
}

test('a made-up word beside a catalogue word is named, and the entries holding the other are close matches', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const [madeUp] = catalog.madeUpWords(1)
  const { word, entries } = first(
    catalog.commonWords().filter(({ entries }) => entries.length >= 2 && entries.length <= 20),
    'a word a few entries hold',
  )
  const query = `${madeUp} ${word}`
  await openHome(page)
  await search(page, query)
  await expect(status(page)).toHaveText(closeLine(query, entries.length))
  await expect(page.getByRole('heading', { level: 2, name: 'Close matches' })).toBeVisible()
  await expect(page.getByTestId('missing-words')).toHaveText(
    `No entry mentions “${madeUp}”: what follows matches only the rest of your search.`,
  )
  expect((await allResultSlugs(page)).toSorted()).toEqual(slugsOf(entries))
  // The close matches sit under their heading, one level down.
  await expect(page.getByTestId('close-matches').getByRole('heading', { level: 3 })).toHaveCount(
    entries.length,
  )
})

test('two catalogue words no entry holds together: entries holding either are close matches, no word named', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const words = catalog.commonWords().filter(({ entries }) => entries.length >= 2 && entries.length <= 10)
  const pair = words
    .flatMap((one, i) => words.slice(i + 1).map((other) => [one, other] as const))
    .find(([one, other]) => !one.entries.some((entry) => other.entries.includes(entry)))
  expect(pair, 'two catalogue words no entry holds together').toBeDefined()
  const [one, other] = pair!
  const either = [...new Set([...one.entries, ...other.entries])]
  const query = `${one.word} ${other.word}`
  await openHome(page)
  await search(page, query)
  await expect(status(page)).toHaveText(closeLine(query, either.length))
  await expect(page.getByTestId('missing-words')).toHaveText(
    'What follows matches some of your words, not all of them.',
  )
  expect((await allResultSlugs(page)).toSorted()).toEqual(slugsOf(either))
})

test('a query of only words no entry mentions shows the empty state naming each, and no suggestion', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const [one, other] = catalog.madeUpWords(2)
  const query = `${one} ${other}`
  await openHome(page)
  await search(page, query)
  await expect(status(page)).toHaveText(matchLine(0, query))
  await expect(page.getByTestId('empty-results')).toContainText('Nothing matches your search and filters.')
  await expect(page.getByTestId('missing-words')).toHaveText(`No entry mentions “${one}” or “${other}”.`)
  await expect(page.getByRole('list', { name: 'Ways out' })).toHaveCount(0)
  await expect(page.getByText('Check the spelling, or widen the filters.')).toBeVisible()
  await expect(results(page)).toHaveCount(0)
})

test('a catalogue word typed exactly finds only the entries holding it, not those holding a word a typo away', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  // The word whose near spellings ("celery" and "every") would bring in the most entries if it were fuzzed.
  const { word, entries } = first(
    catalog
      .commonWords()
      .map((common) => ({ ...common, fuzzed: catalog.nearSpellingEntries(common.word).length }))
      .filter(({ fuzzed }) => fuzzed > 0)
      .toSorted((a, b) => b.fuzzed - a.fuzzed),
    'a word with near spellings in other entries',
  )
  await openHome(page)
  await search(page, word)
  await expect(status(page)).toHaveText(matchLine(entries.length, word))
  expect((await allResultSlugs(page)).toSorted()).toEqual(slugsOf(entries))
})

test('the start of a catalogue word, as while typing, finds only the entries holding a word starting so', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  // Starts of the most common words that are no word themselves, the one most fuzzing would widen.
  const starts = catalog
    .commonWords()
    .slice(0, 200)
    .flatMap(({ word }) =>
      [4, 5, 6].filter((length) => length < word.length).map((length) => word.slice(0, length)),
    )
    .filter((start) => catalog.isPlainWord(start) && !catalog.vocabulary.has(start))
  const { start, fuzzed } = first(
    [...new Set(starts)]
      .map((start) => ({ start, fuzzed: catalog.nearSpellingEntries(start).length }))
      .filter(({ fuzzed }) => fuzzed > 0)
      .toSorted((a, b) => b.fuzzed - a.fuzzed),
    'the start of a word with near spellings in other entries',
  )
  expect(fuzzed).toBeGreaterThan(0)
  const entries = catalog.mentioning(start)
  await openHome(page)
  await search(page, start)
  await expect(status(page)).toHaveText(matchLine(entries.length, start))
  expect((await allResultSlugs(page)).toSorted()).toEqual(slugsOf(entries))
})

test('question and filler words do not drive matching: a question finds what its subject word finds', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const { word, entries } = first(
    catalog.commonWords().filter(({ entries }) => entries.length >= 2 && entries.length <= 20),
    'a word a few entries hold',
  )
  await openHome(page)
  for (const query of [`how do I use ${word} on my django site`, `What should I use for ${word}?`]) {
    await search(page, query)
    await expect(status(page)).toHaveText(matchLine(entries.length, query))
    expect((await allResultSlugs(page)).toSorted()).toEqual(slugsOf(entries))
  }
})

test('a six- or seven-letter title word with two neighbours swapped finds its entry, the word highlighted', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const picked = first(
    catalog.uniqueTitleWords().filter(({ word }) => word.length >= 6 && word.length <= 7),
    'a title word of six or seven letters that no other entry holds',
  )
  await openHome(page)
  await expectEachFindsItsEntry(page, picked, misspellingsOf(catalog, picked.word, 1))
})

test('a four- or five-letter title word with two neighbours swapped finds its entry', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const picked = first(
    catalog.uniqueTitleWords().filter(({ word }) => word.length >= 4 && word.length <= 5),
    'a title word of four or five letters that no other entry holds',
  )
  await openHome(page)
  await expectEachFindsItsEntry(page, picked, misspellingsOf(catalog, picked.word, 1))
})

test('a title word of eight letters or more with two swaps of neighbours finds its entry', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const picked = first(
    catalog.uniqueTitleWords().filter(({ word }) => word.length >= 8),
    'a title word of eight letters or more that no other entry holds',
  )
  await openHome(page)
  await expectEachFindsItsEntry(page, picked, misspellingsOf(catalog, picked.word, 2))
})

test('a misspelling one edit beyond the typo rule matches nothing, and "Did you mean" offers the catalogue words that far, keeping the sort', async ({
  page,
}) => {
  const catalog = await loadCatalog(page)
  const { word, misspelt, offered } = beyondTheRule(catalog)
  await page.goto(`./?q=${misspelt}&sort=title`)
  await waitForHydration(page)
  await expect(status(page)).toHaveText(matchLine(0, misspelt))
  await searchSettled(page)
  await expect(page.getByTestId('missing-words')).toHaveText(`No entry mentions “${misspelt}”.`)
  const suggestions = page
    .getByRole('list', { name: 'Ways out' })
    .getByRole('button', { name: /^Did you mean/ })
  expect((await suggestions.allInnerTexts()).toSorted()).toEqual(
    offered.map((term) => `Did you mean “${term}”? ${matches(catalog.mentioning(term).length)}`).toSorted(),
  )
  const count = catalog.mentioning(word).length
  await suggestions.filter({ hasText: `“${word}”` }).click()
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&sort=title$`))
  await expect(searchBox(page)).toHaveValue(word)
  await expect(status(page)).toHaveText(matchLine(count, word))
})

test('"Did you mean" is offered only when its word gives results under the filters', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const { misspelt, offered } = beyondTheRule(catalog)
  const type = first(
    catalog
      .typesBySize()
      .filter((type) => !offered.some((term) => catalog.mentioning(term, catalog.ofType(type)).length > 0)),
    `a media type none of whose entries mention ${offered.join(' or ')}`,
  )
  await page.goto(`./?q=${misspelt}`)
  await waitForHydration(page)
  const didYouMean = page.getByRole('button', { name: /^Did you mean/ })
  await expect(didYouMean).toHaveCount(offered.length)

  await page.goto(`./?q=${misspelt}&type=${type}`)
  await waitForHydration(page)
  await expect(status(page)).toHaveText(matchLine(0, misspelt))
  await searchSettled(page)
  // The way out that does give results is still offered.
  const withoutQuery = catalog.ofType(type).length
  await expect(
    page.getByRole('list', { name: 'Ways out' }).getByRole('button', {
      name: `${matches(withoutQuery)} without “${misspelt}”`,
    }),
  ).toBeVisible()
  await expect(didYouMean).toHaveCount(0)
})

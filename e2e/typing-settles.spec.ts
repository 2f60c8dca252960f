import type { Page } from '@playwright/test'

import { expect, searchBox, status, test, waitForHydration } from './fixtures'

/**
 * While the visitor types, the first cards follow each key and the rest of the list catches up after
 * the frame is painted. Whatever the pace, the list must end where a fresh load of the same address
 * ends: no card left over from an earlier key, none missing.
 */

const cardsOf = (page: Page) =>
  page
    .getByTestId('results')
    .locator('article[data-entry]')
    .evaluateAll((cards) => cards.map((card) => `${card.getAttribute('data-entry')} ${card.textContent}`))

/** The results list of a page opened on `query`, once its search has settled. */
async function settledListFor(page: Page, query: string) {
  await page.goto(`./?q=${encodeURIComponent(query)}`)
  await page.locator('section[aria-label="Entries"][aria-busy="false"]').waitFor()
  await expect(status(page)).toContainText(`“${query}”`)
  return cardsOf(page)
}

for (const { typed, keys } of [
  { typed: 'cache', keys: ['c', 'a', 'c', 'h', 'e'] },
  { typed: 'redis', keys: ['r', 'e', 'd', 'x', 'Backspace', 'i', 's'] },
  { typed: 'postgres replica', keys: [...'postgres replica'] },
]) {
  test(`typing “${typed}” key by key ends on the list a fresh load of ?q=${typed} shows`, async ({
    page,
    context,
  }) => {
    const expected = await settledListFor(await context.newPage(), typed)
    expect(expected.length).toBeGreaterThan(0)
    await page.goto('./')
    await waitForHydration(page)
    await searchBox(page).click()
    for (const key of keys) await page.keyboard.press(key)
    await expect(status(page)).toContainText(`“${typed}”`)
    await page.locator('section[aria-label="Entries"][aria-busy="false"]').waitFor()
    await expect.poll(() => cardsOf(page)).toEqual(expected)
  })
}

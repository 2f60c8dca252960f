import { test as base, expect, type Page } from '@playwright/test'

/** Every page must load without a page error or a console error (a missing favicon counts). */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error')
          problems.push(`console error: ${message.text()} ${message.location().url}`)
      })
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await use(problems)
      expect(problems, 'no page errors, console errors or dialogs').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

export const searchBox = (page: Page) => page.getByRole('searchbox')
export const results = (page: Page) => page.getByTestId('results').locator('article')
export const resultCard = (page: Page, slug: string) =>
  page.getByTestId('results').locator(`article[data-entry="${slug}"]`)
export const resultTitles = (page: Page) => page.getByTestId('results').getByRole('heading', { level: 2 })
export const status = (page: Page) => page.getByTestId('result-status')

/** The island is interactive once React has hydrated it. */
export async function waitForHydration(page: Page) {
  await page.locator('form[role="search"][data-ready="true"]').waitFor()
}

/** Search has all its data (the descriptions arrive after the first results): counts are final. */
export async function searchSettled(page: Page) {
  await page.locator('section[aria-label="Entries"][aria-busy="false"]').waitFor()
}

/** Clicks "Show N more" until every result is on the page; returns the slugs shown, in order. */
export async function allResultSlugs(page: Page): Promise<string[]> {
  await searchSettled(page)
  const more = page.getByRole('button', { name: /^Show \d+ more of \d+$/ })
  while (await more.isVisible()) await more.click()
  return results(page).evaluateAll((cards) => cards.map((card) => card.getAttribute('data-entry') ?? ''))
}

export const plural = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`
export const matchLine = (count: number, query?: string) =>
  `${count} ${count === 1 ? 'entry matches' : 'entries match'}${query ? ` “${query}”` : ''}`

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A checkbox of the filter panel, by the label of its value ("Caching", "Videos"). */
export const filterBox = (page: Page, label: string) =>
  page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)} \\d+ entr(y|ies)$`) })

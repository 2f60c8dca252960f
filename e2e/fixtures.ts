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
export const resultTitles = (page: Page) => page.getByTestId('results').getByRole('heading', { level: 2 })
export const status = (page: Page) => page.getByTestId('result-status')

/** The island is interactive once React has hydrated it. */
export async function waitForHydration(page: Page) {
  await page.locator('form[role="search"][data-ready="true"]').waitFor()
}

export type CatalogEntry = { slug: string; title: string; url: string; type: string; topics: string[] }

/** The published catalogue, to compute what a page should show independently of how it shows it. */
export async function loadCatalog(page: Page): Promise<CatalogEntry[]> {
  const response = await page.request.get('entries.json')
  expect(response.ok()).toBe(true)
  const { entries } = (await response.json()) as {
    entries: (Omit<CatalogEntry, 'topics'> & { topics: { slug: string }[] })[]
  }
  return entries.map((entry) => ({ ...entry, topics: entry.topics.map((topic) => topic.slug) }))
}

export const plural = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'}`

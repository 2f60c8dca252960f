import AxeBuilder from '@axe-core/playwright'

import { expect, test, waitForHydration } from './fixtures'

const PAGES = [
  { name: 'home', path: './' },
  { name: 'home while searching', path: './?q=cache&type=repository' },
  { name: 'empty search with ways out', path: './?q=celery&type=audio' },
  { name: 'topic while searching', path: 'topics/caching/?q=redis&access=free' },
  { name: 'topic', path: 'topics/caching/' },
  { name: 'media type', path: 'types/video/' },
  { name: 'entry', path: 'entries/django-cacheback/' },
  { name: 'topic index', path: 'topics/' },
  { name: 'superseded entry', path: 'entries/django-bulk-update/' },
  { name: 'topic with stale packages', path: 'topics/database-orm/' },
  { name: 'about', path: 'about/' },
  { name: '404', path: 'no-such-page/' },
]

const WITHOUT_SEARCH = ['404', 'entry', 'superseded entry', 'topic index', 'about']

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })

    for (const { name, path } of PAGES) {
      test(`axe finds no violations on the ${name} page`, async ({ page, problems }) => {
        // Some pages list a hundred entries: axe needs longer than a test's default on a busy machine.
        test.setTimeout(90_000)
        await page.goto(path)
        if (name === '404') problems.splice(0) // the browser logs the page's own 404 status
        if (!WITHOUT_SEARCH.includes(name)) await waitForHydration(page)
        if (path.includes('?')) await page.getByTestId(/^(results|empty-results)$/).waitFor()
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/)
        const { violations } = await new AxeBuilder({ page }).analyze()
        expect(
          violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
        ).toEqual([])
      })
    }
  })
}

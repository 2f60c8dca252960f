import { readFileSync } from 'node:fs'

import { maintenanceClass } from '../lib/signals/freshness'
import { expect, results, status, test, waitForHydration } from './fixtures'

type StoredSignals = Record<
  string,
  {
    pypi?: { version: string; released: string; observed: string }
    github?: { pushedAt: string; archived: boolean }
  }
>
const stored = JSON.parse(readFileSync('content/signals.json', 'utf8')) as StoredSignals

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const monthName = (date: string) => `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`

test.describe('freshness signals on the built site', () => {
  test('django-bulk-update’s card warns of its 2017 release and names its replacement', async ({ page }) => {
    await page.goto('topics/database-orm/')
    const card = page.locator('article[data-entry="django-bulk-update"]')
    const stale = card.locator('[data-signals]').getByText('No release since Aug 2017')
    await expect(stale).toBeVisible()
    await expect(stale).toHaveAttribute('title', /PyPI, observed [A-Z][a-z]{2} \d{4}/)
    const notice = card.locator('[data-superseded]')
    await expect(notice).toContainText('Superseded by docs.djangoproject.com')
    await expect(notice).toContainText('QuerySet.bulk_update()')
    await expect(notice.getByRole('link', { name: 'docs.djangoproject.com' })).toHaveAttribute(
      'href',
      /docs\.djangoproject\.com\/.*bulk-update/,
    )
  })

  test('django-bulk-update’s page shows the release, the warning, its source and the replacement', async ({
    page,
  }) => {
    await page.goto('entries/django-bulk-update/')
    await expect(page.locator('[data-superseded]')).toContainText(
      'Superseded by docs.djangoproject.com: Django 2.2 added QuerySet.bulk_update()',
    )
    await expect(page.locator('[data-signal="release"]')).toHaveText('v2.2.0 · Aug 2017')
    await expect(page.locator('[data-signal="stale"]')).toHaveText('No release since Aug 2017')
    await expect(page.getByText(/PyPI snapshot \(pypi\.tsv\), observed Nov 2026/)).toBeVisible()
    await expect(page.locator('[data-signal="maintenance"]')).toHaveText(/^Dormant/)
    await page.getByRole('link', { name: 'What these figures mean' }).click()
    await expect(page).toHaveURL(/\/about\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the figures')
    await expect(page.getByText(/within the last 12 months/)).toBeVisible()
  })

  test('a card with a recent release shows its version and month, observed when', async ({ page }) => {
    const pypi = stored['django-cacheback']!.pypi!
    await page.goto('topics/caching/')
    const release = page.locator('article[data-entry="django-cacheback"] [data-signals] > span').first()
    await expect(release).toContainText(`v${pypi.version} · ${monthName(pypi.released)}`)
    await expect(release).toContainText(/^v[\w.]+ · [A-Z][a-z]{2} \d{4}/)
    await expect(release).toHaveAttribute(
      'title',
      `latest release ${pypi.version} on PyPI, observed ${monthName(pypi.observed)}`,
    )
  })

  test('an entry without signals shows none, and the footer leads to the legend', async ({ page }) => {
    const article = Object.keys(stored).includes('django-documentation-performance-and-optimization')
    expect(article, 'the chosen entry has no signals').toBe(false)
    await page.goto('entries/django-documentation-performance-and-optimization/')
    await expect(page.locator('[data-signal]')).toHaveCount(0)
    await expect(page.locator('[data-superseded]')).toHaveCount(0)
    await page.getByRole('contentinfo').getByRole('link', { name: 'About the figures' }).click()
    await expect(page).toHaveURL(/\/about\/$/)
  })
})

test.describe('maintenance facet and last-release sort', () => {
  const classOf = (slug: string) => {
    const { pypi, github } = stored[slug]!
    return maintenanceClass(
      { released: pypi?.released, pushedAt: github?.pushedAt, archived: github?.archived },
      new Date(),
    )
  }
  const slugsOf = (wanted: string) => Object.keys(stored).filter((slug) => classOf(slug) === wanted)
  const matches = (count: number) => `${count} ${count === 1 ? 'entry matches' : 'entries match'}`

  test('ticking Dormant lists the dormant packages and keeps ?maintenance=dormant in the URL', async ({
    page,
  }) => {
    const dormant = slugsOf('dormant')
    expect(dormant).toContain('django-bulk-update')
    await page.goto('./')
    await waitForHydration(page)
    const facet = page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('group', { name: 'Maintenance' })
    for (const [label, value] of [
      ['Active', 'active'],
      ['Quiet', 'quiet'],
    ] as const) {
      const count = slugsOf(value).length
      await expect(
        facet.getByRole('checkbox', { name: `${label} ${count} ${count === 1 ? 'entry' : 'entries'}` }),
      ).toBeVisible()
    }
    await facet.getByRole('checkbox', { name: `Dormant ${dormant.length} entries` }).check()
    await expect(page).toHaveURL(/\?maintenance=dormant$/)
    await expect(status(page)).toHaveText(matches(dormant.length))
    const shown = await results(page).evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('data-entry')),
    )
    for (const slug of shown) expect(dormant).toContain(slug)

    await page.goto('./?maintenance=dormant')
    await waitForHydration(page)
    await expect(status(page)).toHaveText(matches(dormant.length))
  })

  test('sorting by Last release puts the newest release first and keeps ?sort=release', async ({ page }) => {
    const newest = Object.values(stored)
      .flatMap((signals) => (signals.pypi ? [signals.pypi.released] : []))
      .toSorted()
      .at(-1)!
    await page.goto('./')
    await waitForHydration(page)
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Last release' })
    await expect(page).toHaveURL(/\?sort=release$/)
    await expect(results(page).first().locator('[data-signals]')).toContainText(`· ${monthName(newest)}`)

    await page.goto('./?sort=release&maintenance=dormant')
    await waitForHydration(page)
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('release')
    const dormantNewest = Object.keys(stored)
      .filter((slug) => classOf(slug) === 'dormant')
      .map((slug) => stored[slug]!.pypi!.released)
      .toSorted()
      .at(-1)!
    await expect(results(page).first().locator('[data-signals]')).toContainText(monthName(dormantNewest))
  })
})

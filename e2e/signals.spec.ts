import type { Page } from '@playwright/test'

import { formatObserved } from '../lib/signals/card-signals'
import { formatMonth, monthsSince, STALE_RELEASE_AFTER_MONTHS } from '../lib/signals/freshness'
import { expect, results, status, test, waitForHydration } from './fixtures'

/**
 * Every expectation here comes from the built site's own /entries.json: the signals it was built with and
 * the day it was built (maintenance classes are as of that day). A weekly refresh that changes the figures
 * changes the expectations with them.
 */
type Exported = {
  built: string
  entries: {
    slug: string
    title: string
    topics: { slug: string }[]
    maintenance: 'active' | 'quiet' | 'dormant' | null
    superseded_by: { label: string; href: string; reason: string | null } | null
    signals: {
      pypi?: { version: string; released: string; observed: string; source: string }
    } | null
  }[]
}

async function exported(page: Page): Promise<Exported> {
  const response = await page.request.get('entries.json')
  expect(response.ok()).toBe(true)
  return (await response.json()) as Exported
}

const month = (date: string) => formatMonth(date)!
const versionLabel = (version: string) => (/^\d/.test(version) ? `v${version}` : version)
const isStale = (released: string, built: string) =>
  monthsSince(released, new Date(`${built}T00:00:00Z`))! > STALE_RELEASE_AFTER_MONTHS

test.describe('freshness signals on the built site', () => {
  test('a package with an old release warns on its card, with where and when that was observed', async ({
    page,
  }) => {
    const { built, entries } = await exported(page)
    const stale = entries.find((entry) => entry.signals?.pypi && isStale(entry.signals.pypi.released, built))
    test.skip(!stale, 'no package has a release older than the warning threshold')
    const pypi = stale!.signals!.pypi!
    await page.goto(`topics/${stale!.topics[0]!.slug}/`)
    const warning = page
      .locator(`article[data-entry="${stale!.slug}"] [data-signals]`)
      .getByText(`No release since ${month(pypi.released)}`)
    await expect(warning).toBeVisible()
    await expect(warning).toHaveAttribute(
      'title',
      `latest release ${pypi.version} on PyPI, observed ${formatObserved(pypi.observed)}`,
    )
  })

  test('a superseded entry names its replacement on its card and its page', async ({ page }) => {
    const { entries } = await exported(page)
    const superseded = entries.find((entry) => entry.superseded_by)
    test.skip(!superseded, 'no entry is superseded')
    const replacement = superseded!.superseded_by!
    await page.goto(`topics/${superseded!.topics[0]!.slug}/`)
    const notice = page.locator(`article[data-entry="${superseded!.slug}"] [data-superseded]`)
    await expect(notice).toContainText(`Superseded by ${replacement.label}`)
    await expect(notice.getByRole('link', { name: replacement.label })).toHaveAttribute(
      'href',
      new RegExp(`${new URL(replacement.href, 'http://x').pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    )
    await page.goto(`entries/${superseded!.slug}/`)
    await expect(page.locator('[data-superseded]')).toContainText(
      `Superseded by ${replacement.label}${replacement.reason ? `: ${replacement.reason}` : ''}`,
    )
  })

  test('an entry that replaces others links back to each of them from its page', async ({ page }) => {
    const { entries } = await exported(page)
    const replacedBy = new Map<string, Exported['entries']>()
    for (const entry of entries) {
      const path = entry.superseded_by && new URL(entry.superseded_by.href).pathname
      const slug = path && /\/entries\/([^/]+)\/$/.exec(path)?.[1]
      if (slug) replacedBy.set(slug, [...(replacedBy.get(slug) ?? []), entry])
    }
    const [replacement, replaced] = [...replacedBy].toSorted((a, b) => b[1].length - a[1].length)[0] ?? []
    test.skip(!replacement, 'no entry is superseded by another entry of the catalogue')
    await page.goto(`entries/${replacement}/`)
    const links = page.locator('[data-replaces]').getByRole('link')
    expect((await links.allInnerTexts()).toSorted()).toEqual(replaced!.map((entry) => entry.title).toSorted())
    await links.first().click()
    await expect(page.locator('[data-superseded]')).toContainText('Superseded by')
  })

  test('a package’s page shows its release, the warning when old, the source and the maintenance class', async ({
    page,
  }) => {
    const { built, entries } = await exported(page)
    const entry = entries.find((candidate) => candidate.signals?.pypi && candidate.maintenance)!
    const pypi = entry.signals!.pypi!
    await page.goto(`entries/${entry.slug}/`)
    await expect(page.locator('[data-signal="release"]')).toHaveText(
      `${versionLabel(pypi.version)} · ${month(pypi.released)}`,
    )
    await expect(page.locator('[data-signal="stale"]')).toHaveCount(isStale(pypi.released, built) ? 1 : 0)
    // The release's source; what it declares about Django may be read from the same place.
    await expect(
      page.getByText(`${pypi.source.replace(/, observed .*$/, '')}, observed`).first(),
    ).toBeVisible()
    const label = { active: 'Active', quiet: 'Quiet', dormant: 'Dormant' }[entry.maintenance!]
    await expect(page.locator('[data-signal="maintenance"]')).toHaveText(new RegExp(`^${label}`))
    await page.getByRole('link', { name: 'What these figures mean' }).click()
    await expect(page).toHaveURL(/\/about\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the figures')
  })

  test('an entry without signals shows none, and the footer leads to the legend', async ({ page }) => {
    const { entries } = await exported(page)
    const plain = entries.find((entry) => !entry.signals && !entry.superseded_by)!
    await page.goto(`entries/${plain.slug}/`)
    await expect(page.locator('[data-signal]')).toHaveCount(0)
    await expect(page.locator('[data-superseded]')).toHaveCount(0)
    await page.getByRole('contentinfo').getByRole('link', { name: 'About the figures' }).click()
    await expect(page).toHaveURL(/\/about\/$/)
  })
})

test.describe('maintenance facet and last-release sort', () => {
  const matches = (count: number) => `${count} ${count === 1 ? 'entry matches' : 'entries match'}`

  test('each maintenance value counts the packages the build classed so, and ticking one lists them', async ({
    page,
  }) => {
    const { entries } = await exported(page)
    const slugsOf = (wanted: string) => entries.filter((e) => e.maintenance === wanted).map((e) => e.slug)
    await page.goto('./')
    await waitForHydration(page)
    const facet = page
      .getByRole('complementary', { name: 'Filters' })
      .getByRole('group', { name: 'Maintenance' })
    for (const [label, value] of [
      ['Active', 'active'],
      ['Quiet', 'quiet'],
      ['Dormant', 'dormant'],
    ] as const) {
      const count = slugsOf(value).length
      await expect(
        facet.getByRole('checkbox', { name: `${label} ${count} ${count === 1 ? 'entry' : 'entries'}` }),
      ).toBeVisible()
    }
    const dormant = slugsOf('dormant')
    await facet.getByRole('checkbox', { name: /^Dormant/ }).check()
    await expect(page).toHaveURL(/\?maintenance=dormant$/)
    await expect(status(page)).toHaveText(matches(dormant.length))
    const shown = await results(page).evaluateAll((cards) =>
      cards.map((card) => card.getAttribute('data-entry')),
    )
    expect(shown.length).toBeGreaterThan(0)
    for (const slug of shown) expect(dormant).toContain(slug)

    await page.goto('./?maintenance=dormant')
    await waitForHydration(page)
    await expect(status(page)).toHaveText(matches(dormant.length))
  })

  test('sorting by Last release puts the newest release first and keeps ?sort=release', async ({ page }) => {
    const { entries } = await exported(page)
    const newestOf = (list: Exported['entries']) =>
      list
        .flatMap((entry) => (entry.signals?.pypi ? [entry.signals.pypi.released] : []))
        .toSorted()
        .at(-1)!
    await page.goto('./')
    await waitForHydration(page)
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption({ label: 'Last release' })
    await expect(page).toHaveURL(/\?sort=release$/)
    await expect(results(page).first().locator('[data-signals]')).toContainText(month(newestOf(entries)))

    await page.goto('./?sort=release&maintenance=dormant')
    await waitForHydration(page)
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('release')
    const dormant = entries.filter((entry) => entry.maintenance === 'dormant')
    await expect(results(page).first().locator('[data-signals]')).toContainText(month(newestOf(dormant)))
  })
})

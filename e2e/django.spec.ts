import { readFileSync } from 'node:fs'

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

import type { DjangoReleases } from '../lib/schema/django-releases'
import type { EntrySignals } from '../lib/signals/schema'
import { latestDeclaration, supportFor, type SupportStatus } from '../lib/signals/django-support'
import {
  allResultSlugs,
  expect,
  filterBox,
  matchLine,
  resultCard,
  status,
  test,
  waitForHydration,
} from './fixtures'

/**
 * "Does it run on my Django?" on the built site. The expected marks are worked out here from the build's own
 * /entries.json (its day, each package's stored figures) and content/django-releases.json, so that a refresh
 * or a new Django release changes the expectations with the data.
 */

type Exported = {
  built: string
  entries: {
    slug: string
    title: string
    type: string
    topics: { slug: string }[]
    django_support: Record<string, SupportStatus> | null
    written_for_django: string | null
    signals: Pick<EntrySignals, 'pypi' | 'django'> | null
  }[]
}

type Release = DjangoReleases['series'][number]

async function published(page: Page) {
  const response = await page.request.get('entries.json')
  expect(response.ok()).toBe(true)
  const { built, entries } = (await response.json()) as Exported
  const releases = (JSON.parse(readFileSync('content/django-releases.json', 'utf8')) as DjangoReleases).series
  // Supported on the build day: released, and its security fixes not ended before that month.
  const supported = releases
    .filter((release) => release.released <= built && built.slice(0, 7) <= release.extendedEnds)
    .toSorted((a, b) => a.released.localeCompare(b.released))
  const packages = entries.filter((entry) => entry.signals?.pypi)
  const statusOf = (entry: Exported['entries'][number], series: string) =>
    supportFor(series, latestDeclaration(entry.signals ?? undefined))
  const declared = (entry: Exported['entries'][number]) =>
    supported.map(({ series }) => series).filter((series) => statusOf(entry, series) === 'declared')
  return { entries, supported, packages, statusOf, declared }
}

const label = (release: Release) => `Django ${release.series}${release.lts ? ' LTS' : ''}`
/** Each card's entry and the text of its element matching `selector` (null without one); how many cards. */
async function cardMarks(page: Page, selector: string) {
  const marks = await page.locator('article[data-entry]').evaluateAll(
    (cards, wanted) =>
      cards.map((card) => ({
        slug: card.getAttribute('data-entry') ?? '',
        text: card.querySelector(wanted)?.textContent ?? null,
      })),
    selector,
  )
  return { cards: marks.length, bySlug: new Map(marks.map(({ slug, text }) => [slug, text] as const)) }
}
/** The marks of every card of the catalogue, read from each media type's pages (every entry has one type). */
async function catalogueCardMarks(page: Page, selector: string, types: string[]) {
  const all = { cards: 0, bySlug: new Map<string, string | null>() }
  for (const type of new Set(types)) {
    await page.goto(`types/${type}/`)
    // A long type is cut into static pages.
    for (let more = true; more;) {
      const marks = await cardMarks(page, selector)
      all.cards += marks.cards
      for (const [slug, text] of marks.bySlug) all.bySlug.set(slug, text)
      const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next →' })
      more = (await next.count()) > 0
      if (more) await next.click()
    }
  }
  return all
}
const slugsOf = async (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-entry')))

test.describe('what each package declares, on the built site', () => {
  test('the export gives each package’s status for every supported series, and the series themselves', async ({
    page,
  }) => {
    const { entries, supported, packages, statusOf } = await published(page)
    expect(supported.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const expected = entry.signals?.pypi
        ? Object.fromEntries(supported.map(({ series }) => [series, statusOf(entry, series)]))
        : null
      expect(entry.django_support, entry.slug).toEqual(expected)
    }
    // The seeded figures mark some package declared for some series: the pages below have something to show.
    expect(
      packages.some((entry) => supported.some(({ series }) => statusOf(entry, series) === 'declared')),
    ).toBe(true)
  })

  test('cards show the supported series a package declares, and only those, one click from the rule', async ({
    page,
  }) => {
    const { entries, declared } = await published(page)
    const types = entries.map((entry) => entry.type)
    const chips = await catalogueCardMarks(page, '[data-django-declared]', types)
    const expected = entries.map((entry) => {
      const series = declared(entry)
      return [entry.slug, series.length > 0 ? `Django ${series.join(' · ')}` : null] as const
    })
    expect(chips.cards).toBeGreaterThanOrEqual(entries.length)
    expect(chips.bySlug).toEqual(new Map(expected))

    const [slug] = expected.find(([, chip]) => chip !== null)!
    await page.goto(`types/${entries.find((entry) => entry.slug === slug)!.type}/`)
    const chip = page.locator('article[data-entry] [data-django-declared]').first()
    await expect(chip).toHaveText(/^Django \d+\.\d+/)
    await chip.click()
    await expect(page).toHaveURL(/\/about\/#django$/)
    await expect(page.locator('[data-django-rule]')).toBeVisible()
  })

  test('an article or talk that names a Django version says what it was written for', async ({ page }) => {
    const { entries } = await published(page)
    const writtenFor = entries.filter((entry) => entry.written_for_django)
    expect(writtenFor.length).toBeGreaterThan(0)
    for (const entry of writtenFor) expect(entry.type).not.toBe('repository')
    const marks = await catalogueCardMarks(
      page,
      '[data-written-for]',
      entries.map((entry) => entry.type),
    )
    expect(marks.bySlug).toEqual(
      new Map(
        entries.map((entry) => [
          entry.slug,
          entry.written_for_django ? `· written for Django ${entry.written_for_django}` : null,
        ]),
      ),
    )
    const article = writtenFor[0]!
    await page.goto(`entries/${article.slug}/`)
    await expect(page.locator('[data-written-for]')).toHaveText(`Django ${article.written_for_django}`)
  })

  test('a package’s page gives its status for each supported series, where it was read, and the rule', async ({
    page,
  }) => {
    const { packages, supported, statusOf, declared } = await published(page)
    const mixed = packages.find(
      (entry) => declared(entry).length > 0 && declared(entry).length < supported.length,
    )!
    await page.goto(`entries/${mixed.slug}/`)
    for (const state of ['declared', 'not-declared', 'unknown'] as const) {
      const series = supported
        .map((release) => release.series)
        .filter((name) => statusOf(mixed, name) === state)
      const line = page.locator(`[data-django-status="${state}"]`)
      if (series.length === 0) await expect(line).toHaveCount(0)
      else
        await expect(line).toHaveText(
          `${{ declared: 'Declared', 'not-declared': 'Not declared', unknown: 'Unknown' }[state]}: ${series.join(' · ')}`,
        )
    }
    const django = mixed.signals!.django!
    await expect(page.locator('[data-django-declaration]')).toContainText(`Release ${django.release}`)
    await expect(
      page.getByRole('link', { name: `${django.source.split('/').pop()} in its repository` }),
    ).toHaveAttribute('href', django.source)
    const first = declared(mixed)[0]!
    await page.locator('[data-django-status="declared"]').getByRole('link', { name: first }).click()
    await expect(page).toHaveURL(new RegExp(`/django/${first.replace('.', '\\.')}/$`))
    await expect(page.locator(`[data-status="declared"] [data-entry="${mixed.slug}"]`)).toBeVisible()
  })

  test('a package that declares nothing reads “Unknown”, never “no”', async ({ page }) => {
    const { packages, supported, statusOf } = await published(page)
    const silent = packages.filter((entry) =>
      supported.every(({ series }) => statusOf(entry, series) === 'unknown'),
    )
    expect(silent.length).toBeGreaterThan(0)
    // One whose latest release was read and names no series, and one that was never read, when there are such.
    for (const entry of [silent.find((e) => e.signals?.django), silent.find((e) => !e.signals?.django)]) {
      if (!entry) continue
      await page.goto(`entries/${entry.slug}/`)
      await expect(page.locator('[data-django-status]')).toHaveText(['Unknown'])
      await expect(page.locator('[data-django-declaration]')).toHaveText(
        entry.signals?.django
          ? /^Release .+ (names no Django series|carries only “Framework :: Django”, no series)/
          : `No figures for its latest release, ${entry.signals!.pypi!.version}.`,
      )
      await page.getByRole('link', { name: 'How this is read' }).click()
      await expect(page).toHaveURL(/\/about\/#django$/)
    }
  })
})

test.describe('the Django facet', () => {
  const facet = (page: Page) =>
    page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Declares support for' })

  test('offers each supported series some package declares, with its count, and ticking one lists them', async ({
    page,
  }) => {
    const { supported, packages, declared } = await published(page)
    const declaring = (series: string) =>
      packages.filter((entry) => declared(entry).includes(series)).map((entry) => entry.slug)
    const offered = supported.filter(({ series }) => declaring(series).length > 0)
    await page.goto('./')
    await waitForHydration(page)
    await expect(facet(page).getByRole('checkbox')).toHaveCount(offered.length)
    for (const release of offered) {
      const count = declaring(release.series).length
      await expect(
        facet(page).getByRole('checkbox', {
          name: `${label(release)} ${count} ${count === 1 ? 'entry' : 'entries'}`,
        }),
      ).toBeVisible()
    }

    const newest = offered.at(-1)!
    await facet(page)
      .getByRole('checkbox', { name: new RegExp(`^${label(newest)} `) })
      .check()
    await expect(page).toHaveURL(new RegExp(`\\?django=${newest.series.replace('.', '\\.')}$`))
    await expect(status(page)).toHaveText(matchLine(declaring(newest.series).length))
    expect((await allResultSlugs(page)).toSorted()).toEqual(declaring(newest.series).toSorted())
    await expect(
      page.getByRole('button', { name: `Remove filter Declares support for: ${label(newest)}` }),
    ).toBeVisible()
  })

  test('combines with the other facets in a shared link, and ignores series it does not know', async ({
    page,
  }) => {
    const { supported, packages, declared } = await published(page)
    const series = supported.map((release) => release.series)
    const [release, topic] = supported
      .flatMap((candidate) =>
        packages
          .filter((entry) => declared(entry).includes(candidate.series))
          .flatMap((entry) => entry.topics.map((t) => [candidate, t.slug] as const)),
      )
      .at(0)!
    const both = packages.filter(
      (entry) => declared(entry).includes(release.series) && entry.topics.some((t) => t.slug === topic),
    )
    await page.goto(`./?django=${release.series},4.1,%3Cb%3Ex%3C/b%3E&topic=${topic}`)
    await waitForHydration(page)
    await expect(status(page)).toHaveText(matchLine(both.length))
    expect((await allResultSlugs(page)).toSorted()).toEqual(both.map((entry) => entry.slug).toSorted())
    await expect(filterBox(page, label(release))).toBeChecked()
    await expect(page.locator('main b')).toHaveCount(0)
    expect(series).not.toContain('4.1')
    await expect(page.getByRole('button', { name: /^Remove filter Declares support for/ })).toHaveCount(1)
  })
})

test.describe('a page per supported series', () => {
  test('groups every package as declared, not declared or unknown, states the rule, and works without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const { supported, packages, statusOf } = await published(page)
    for (const release of supported) {
      await page.goto(`django/${release.series}/`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        `Packages for Django ${release.series}`,
      )
      await expect(page.locator('[data-django-rule]')).toBeVisible()
      const groups = { declared: [] as string[], 'not-declared': [] as string[], unknown: [] as string[] }
      for (const entry of packages) groups[statusOf(entry, release.series)].push(entry.slug)
      for (const [state, slugs] of Object.entries(groups)) {
        expect((await slugsOf(page, `[data-status="${state}"] [data-entry]`)).toSorted(), state).toEqual(
          slugs.toSorted(),
        )
        await expect(page.locator(`[data-status="${state}"] [data-testid="status-count"]`)).toHaveText(
          `${slugs.length} ${slugs.length === 1 ? 'package' : 'packages'}`,
        )
      }
      await expect(page.getByTestId('series-summary')).toContainText(
        `Of the directory’s ${packages.length} packages, ${groups.declared.length} declare it in their latest release, ${groups['not-declared'].length} do not, and for ${groups.unknown.length} it is unknown.`,
      )
    }
    await context.close()
  })

  test('the about page links every supported series’ page, and each links the others', async ({ page }) => {
    const { supported } = await published(page)
    await page.goto('about/')
    const links = page.getByTestId('django-series-links').getByRole('link')
    await expect(links).toHaveText(supported.map((release) => `Packages for ${label(release)}`))
    await links.last().click()
    await expect(page).toHaveURL(new RegExp(`/django/${supported.at(-1)!.series.replace('.', '\\.')}/$`))
    for (const other of supported.slice(0, -1))
      await expect(page.getByRole('link', { name: label(other), exact: true })).toBeVisible()
  })

  test('a comparison has a “Django series declared” row with what each package declares', async ({
    page,
  }) => {
    const { packages, declared } = await published(page)
    const declaring = packages.find((entry) => declared(entry).length > 0)!
    const silent = packages.find((entry) => declared(entry).length === 0 && !entry.signals?.django)!
    await page.goto(`compare/?e=${declaring.slug},${silent.slug}`)
    const row = page.locator('tr[data-row="django"]')
    await expect(row.getByRole('rowheader')).toContainText('Django series declared')
    await expect(row.locator('td [data-known]')).toHaveText([declared(declaring).join(' · '), 'unknown'])
  })

  for (const scheme of ['light', 'dark'] as const)
    test.describe(`in ${scheme} mode`, () => {
      test.use({ colorScheme: scheme })
      test('axe finds no violations on a series page, nor on a package’s page with its series', async ({
        page,
      }) => {
        const { supported, packages, declared } = await published(page)
        const declaring = packages.find((entry) => declared(entry).length > 0)!
        for (const path of [`django/${supported.at(-1)!.series}/`, `entries/${declaring.slug}/`]) {
          await page.goto(path)
          await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/)
          const { violations } = await new AxeBuilder({ page }).analyze()
          expect(
            violations.map(
              (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
            ),
            path,
          ).toEqual([])
        }
      })
    })
})

test('results found by search carry the same Django marks as the server-rendered cards', async ({ page }) => {
  const { packages, declared } = await published(page)
  const declaring = packages.find((entry) => declared(entry).length > 0)!
  await page.goto(`./?q=${encodeURIComponent(declaring.title)}`)
  await waitForHydration(page)
  await expect(resultCard(page, declaring.slug).locator('[data-django-declared]')).toHaveText(
    `Django ${declared(declaring).join(' · ')}`,
  )
})

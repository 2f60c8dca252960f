import AxeBuilder from '@axe-core/playwright'
import type { Browser, Locator, Page } from '@playwright/test'

import { MAX_COMPARED } from '../lib/compare/address'
import type { CompareData } from '../lib/compare/facts'
import { ROW_LABELS, UNKNOWN } from '../lib/compare/rows'
import { TOPIC_TABLE_LIMIT } from '../lib/compare/topic-table'
import { loadCatalog } from './catalog'
import { expect, test, waitForHydration } from './fixtures'

/** An entry of /entries.json with its topics as slugs. */
type CatalogEntry = { slug: string; title: string; url: string; type: string; topics: string[] }

async function loadEntries(page: Page): Promise<CatalogEntry[]> {
  const { entries } = await loadCatalog(page)
  return entries.map((entry) => ({ ...entry, topics: entry.topics.map((topic) => topic.slug) }))
}

/** The table as a reader sees it: column titles, row names, and each row's cells. */
async function readTable(page: Page) {
  const table = page.locator('[data-compare-table] table')
  await expect(table).toBeVisible()
  return table.evaluate((element) => ({
    columns: [...element.querySelectorAll('thead th[scope="col"] a')].map((link) => link.textContent?.trim()),
    rows: [...element.querySelectorAll('tbody tr')].map((row) => ({
      label: row.querySelector('th')?.firstChild?.textContent?.trim(),
      differs: row.hasAttribute('data-differs'),
      cells: [...row.querySelectorAll('td')].map((cell) => (cell as HTMLElement).innerText.trim()),
    })),
  }))
}

const tray = (page: Page) => page.locator('[data-compare-tray]')
const toggle = (page: Page, title: string) =>
  page.getByRole('button', { name: `Compare ${title}`, exact: true })

/** The topic with the most packages, and its first `count` packages: the natural things to compare. */
async function packagesToCompare(page: Page, count: number): Promise<CatalogEntry[] & { topic: string }> {
  const packages = (await loadEntries(page)).filter((entry) => entry.type === 'repository')
  const byTopic = new Map<string, CatalogEntry[]>()
  for (const entry of packages)
    for (const topic of entry.topics) byTopic.set(topic, [...(byTopic.get(topic) ?? []), entry])
  const [topic, inTopic] = [...byTopic].toSorted(([, a], [, b]) => b.length - a.length)[0]!
  expect(inTopic.length).toBeGreaterThanOrEqual(count)
  return Object.assign(inTopic.slice(0, count), { topic })
}

const compareUrl = (entries: readonly { slug: string }[]) =>
  `compare/?e=${entries.map((entry) => entry.slug).join(',')}`

/** Every part of the comparison data the site publishes (compare-data/0.json, 1.json, …). */
async function loadCompareData(page: Page): Promise<CompareData> {
  const entries: CompareData['entries'] = []
  for (let part = 0; ; part++) {
    const response = await page.request.get(`compare-data/${part}.json`)
    if (!response.ok()) break
    entries.push(...((await response.json()) as CompareData).entries)
  }
  expect(entries.length).toBeGreaterThan(0)
  return { version: 1, topics: {}, entries }
}

async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL })
  return { context, page: await context.newPage() }
}

test.describe('a comparison from its address', () => {
  test('a shared link opens the same table, for anyone', async ({ page, browser, baseURL }) => {
    const entries = await packagesToCompare(page, 3)
    await page.goto(compareUrl(entries))
    const table = await readTable(page)
    expect(table.columns).toEqual(entries.map((entry) => entry.title))
    expect(table.rows.map((row) => row.label)).toEqual(ROW_LABELS)
    for (const row of table.rows) {
      expect(row.cells).toHaveLength(entries.length)
      for (const cell of row.cells) expect(cell, `a cell of ${row.label}`).not.toBe('')
    }
    await expect(page).toHaveTitle(
      new RegExp(`^Compare ${entries[0]!.title}, ${entries[1]!.title} and ${entries[2]!.title} · `),
    )
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Compare ${entries[0]!.title}, ${entries[1]!.title} and ${entries[2]!.title}`,
    )

    // Another reader, with nothing picked and nothing stored, gets the very same table.
    const other = await freshPage(browser, baseURL)
    await other.page.goto(compareUrl(entries))
    expect(await readTable(other.page)).toEqual(table)
    await other.context.close()
  })

  test('each observed figure says where and when, a missing one reads "unknown", a difference is marked', async ({
    page,
  }) => {
    const data = await loadCompareData(page)
    const withRelease = data.entries.find((facts) => facts.release && !facts.release.stale)!
    const without = data.entries.find((facts) => !facts.release && facts.authors.length === 0)!
    await page.goto(compareUrl([withRelease, without]))
    const table = await readTable(page)
    const row = (label: string) => table.rows.find((candidate) => candidate.label === label)!
    expect(row('Latest release').cells[0]).toContain(withRelease.release!.version)
    expect(row('Latest release').cells[0]).toContain(`${withRelease.release!.source}, observed`)
    expect(row('Latest release').cells[1]).toBe(UNKNOWN)
    expect(row('Authors').cells[1]).toBe(UNKNOWN)
    expect(row('Latest release').differs).toBe(true)
    await expect(page.locator('tr[data-row="release"] th')).toContainText('differs')
    expect(row('Link').differs).toBe(false)
  })

  test('fetches only the parts of the data that hold the entries named, and none for an empty address', async ({
    page,
  }) => {
    const fetched: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/compare-data/')) fetched.push(new URL(request.url()).pathname)
    })
    await page.goto('compare/')
    await expect(page.getByTestId('compare-too-few')).toBeVisible()
    expect(fetched).toEqual([])
    const entries = await packagesToCompare(page, 2)
    await page.goto(compareUrl(entries))
    await readTable(page)
    expect(fetched.length).toBeGreaterThan(0)
    expect(fetched.length).toBeLessThanOrEqual(2)
    expect(new Set(fetched).size).toBe(fetched.length)
  })

  test('back and forward step through the columns taken out', async ({ page }) => {
    const entries = await packagesToCompare(page, 3)
    await page.goto(compareUrl(entries))
    await expect.poll(async () => (await readTable(page)).columns).toHaveLength(3)
    await page.getByRole('button', { name: `Remove ${entries[1]!.title} from the comparison` }).click()
    await expect(page).toHaveURL(new RegExp(`/compare/\\?e=${entries[0]!.slug},${entries[2]!.slug}$`))
    await expect
      .poll(async () => (await readTable(page)).columns)
      .toEqual([entries[0]!.title, entries[2]!.title])
    await page.goBack()
    await expect
      .poll(async () => (await readTable(page)).columns)
      .toEqual(entries.map((entry) => entry.title))
    await page.goForward()
    await expect
      .poll(async () => (await readTable(page)).columns)
      .toEqual([entries[0]!.title, entries[2]!.title])
    await expect(page).toHaveTitle(new RegExp(`^Compare ${entries[0]!.title} and ${entries[2]!.title} · `))
  })

  test('more than six are cut to six, with a note', async ({ page }) => {
    const entries = (await loadEntries(page)).slice(0, MAX_COMPARED + 2)
    await page.goto(compareUrl(entries))
    expect((await readTable(page)).columns).toEqual(
      entries.slice(0, MAX_COMPARED).map((entry) => entry.title),
    )
    await expect(page.getByTestId('compare-notes')).toContainText(
      `The address names ${MAX_COMPARED + 2} entries; a comparison shows at most ${MAX_COMPARED}`,
    )
    await expect(page).toHaveTitle(/ and 3 more · /)
  })
})

/** Address values meant to break the page or run script in it; the two real entries must still show. */
const HOSTILE_PARTS = [
  '<img src=x onerror=alert(1)>',
  '%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '%00',
  '%E0%A4%A',
  '__proto__',
  'constructor',
  '%',
  '../../etc/passwd',
]

test.describe('hostile and malformed e= values', () => {
  for (const part of HOSTILE_PARTS) {
    test(`e=${part} is left out or shown as text, and changes nothing else`, async ({ page }) => {
      const [first, second] = await packagesToCompare(page, 2)
      await page.goto(`compare/?e=${part},${first!.slug},${part},${second!.slug}`)
      await expectUntouched(page, [first!.title, second!.title])
    })
  }

  test('repeats and unknown names are ignored, and the unknown named as text', async ({ page }) => {
    const [first, second] = await packagesToCompare(page, 2)
    await page.goto(`compare/?e=${first!.slug},${first!.slug},no-such-entry,${second!.slug},${first!.slug}`)
    await expectUntouched(page, [first!.title, second!.title])
    await expect(page.getByTestId('compare-notes').locator('code')).toHaveText(['no-such-entry'])
  })

  test('an address with nothing to compare says how to pick', async ({ page }) => {
    const [first] = await packagesToCompare(page, 1)
    for (const search of ['', '?e=', '?e=,,,', `?e=${first!.slug}`, '?e=<b>x</b>', '?E=a,b', '?e[]=a']) {
      await page.goto(`compare/${search}`)
      await expect(page.getByTestId('compare-too-few')).toContainText('Press Compare on the entries')
      await expect(page.locator('[data-compare-table]')).toHaveCount(0)
      await expect(page.locator('b')).toHaveCount(0)
    }
  })

  test('a 100 kB address is read without harm', async ({ page }) => {
    const [first, second] = await packagesToCompare(page, 2)
    await page.goto(compareUrl([first!, second!]))
    await readTable(page)
    const junk = `${'<b>x</b>,'.repeat(6_000)}${'a-b,'.repeat(5_000)}`
    await page.evaluate(([junk, slugs]) => window.history.pushState(null, '', `?e=${slugs},${junk}`), [
      junk,
      `${first!.slug},${second!.slug}`,
    ] as const)
    await expectUntouched(page, [first!.title, second!.title])
  })
})

async function expectUntouched(page: Page, titles: string[]) {
  await expect.poll(async () => (await readTable(page)).columns).toEqual(titles)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Compare ${titles.join(' and ')}`)
  await expect(page).toHaveTitle(`Compare ${titles.join(' and ')} · Awesome Django Scale`)
  // The rest of the page is as it always is, and the tray holds nothing it was not given.
  await expect(page.getByTestId('topic-tables').getByRole('link')).not.toHaveCount(0)
  await expect(tray(page)).toHaveCount(0)
  // Nothing from the address became an element or a script.
  await expect(page.locator('img[src="x"], svg[onload], [onerror], [onload], main b')).toHaveCount(0)
  const scriptsWithPayload = await page
    .locator('script')
    .evaluateAll((scripts) => scripts.filter((script) => script.textContent?.includes('alert(1)')).length)
  expect(scriptsWithPayload).toBe(0)
}

test.describe('picking entries to compare', () => {
  test('toggles on cards and entry pages build the comparison', async ({ page }) => {
    const entries = await packagesToCompare(page, 2)
    const [first, second] = entries
    await page.goto(`topics/${entries.topic}/`)
    await waitForHydration(page)
    await toggle(page, first!.title).click()
    await expect(toggle(page, first!.title)).toHaveAttribute('aria-pressed', 'true')
    await expect(tray(page)).toContainText('1 of 6 picked')
    await expect(page.getByTestId('compare-announcement')).toHaveText(
      `${first!.title} added to the comparison; 1 of 6 picked.`,
    )

    // An entry page carries no script: its Compare is a link that adds the entry and opens the comparison.
    await page.goto(`entries/${second!.slug}/`)
    await page.getByRole('link', { name: `Compare ${second!.title}`, exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/compare/\\?e=${first!.slug},${second!.slug}$`))
    expect((await readTable(page)).columns).toEqual([first!.title, second!.title])
    await expect(tray(page)).toContainText('2 of 6 picked')
    await page.goto(`topics/${entries.topic}/`)
    await waitForHydration(page)
    await expect(toggle(page, second!.title)).toHaveAttribute('aria-pressed', 'true')
  })

  test('the tray follows the reader across pages and reloads, and removes what it holds', async ({
    page,
  }) => {
    const picked = await packagesToCompare(page, 3)
    const [first, second, third] = picked
    await page.goto(`topics/${picked.topic}/`)
    await waitForHydration(page)
    for (const entry of [first!, second!, third!]) await toggle(page, entry.title).first().click()
    await expect(tray(page)).toContainText('3 of 6 picked')

    // A link followed inside the site, a reload, a page opened from the address bar.
    // (A page with the search on it: the index pages and entry pages carry no script, so no tray.)
    await page.getByRole('banner').getByRole('link').first().click()
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/)
    await expect(tray(page)).toContainText('3 of 6 picked')
    await page.reload()
    await expect(tray(page)).toContainText('3 of 6 picked')
    await page.goto(`topics/${picked.topic}/`)
    await expect(toggle(page, second!.title)).toHaveAttribute('aria-pressed', 'true')

    await tray(page).getByRole('button', { name: '3 of 6 picked' }).click()
    await tray(page)
      .getByRole('button', { name: `Remove ${second!.title} from the comparison` })
      .click()
    await expect(tray(page)).toContainText('2 of 6 picked')
    await expect(toggle(page, second!.title)).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByTestId('compare-announcement')).toHaveText(
      `${second!.title} removed from the comparison; 2 of 6 picked.`,
    )
    await tray(page).getByRole('button', { name: 'Remove all' }).click()
    await expect(tray(page)).toHaveCount(0)
  })

  test('the header’s Compare link counts the picks and opens them, on pages without scripts too', async ({
    page,
  }) => {
    const picked = await packagesToCompare(page, 2)
    const [first, second] = picked
    const headerLink = page.getByRole('banner').getByRole('link', { name: /^Compare/ })
    await page.goto(`topics/${picked.topic}/`)
    await waitForHydration(page)
    await expect(headerLink).toHaveAccessibleName('Compare')
    await toggle(page, first!.title).click()
    await toggle(page, second!.title).click()
    await expect(headerLink).toHaveAccessibleName('Compare 2 picked')

    // An entry page carries no bundle: the link is kept up to date by its own small script.
    await page.goto(`entries/${first!.slug}/`)
    await expect(headerLink).toHaveAccessibleName('Compare 2 picked')
    await expect(headerLink).toHaveAttribute(
      'href',
      new RegExp(`/compare/\\?e=${first!.slug},${second!.slug}$`),
    )
    await headerLink.click()
    expect((await readTable(page)).columns).toEqual([first!.title, second!.title])
    await tray(page).getByRole('button', { name: '2 of 6 picked' }).click()
    await tray(page).getByRole('button', { name: 'Remove all' }).click()
    await expect(headerLink).toHaveAccessibleName('Compare')
    await expect(headerLink).toHaveAttribute('href', /\/compare\/$/)
  })

  test('the tray takes six at most and says so', async ({ page }) => {
    const packages = await packagesToCompare(page, MAX_COMPARED + 1)
    await page.goto(`topics/${packages.topic}/`)
    await waitForHydration(page)
    for (const entry of packages) await toggle(page, entry.title).click()
    await expect(tray(page)).toContainText(`${MAX_COMPARED} of ${MAX_COMPARED} picked`)
    await expect(toggle(page, packages.at(-1)!.title)).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByTestId('compare-announcement')).toContainText(`at most ${MAX_COMPARED} entries`)
  })

  test('the toggles and the tray work from the keyboard', async ({ page }) => {
    const entries = await packagesToCompare(page, 2)
    const [first, second] = entries
    await page.goto(`topics/${entries.topic}/`)
    await waitForHydration(page)
    for (const entry of [first!, second!]) {
      await toggle(page, entry.title).focus()
      await page.keyboard.press('Enter')
    }
    await expect(tray(page)).toContainText('2 of 6 picked')
    // The tray comes after the footer: Tab from the footer's last link reaches it.
    await page.getByRole('contentinfo').getByRole('link').last().focus()
    await page.keyboard.press('Tab')
    const expand = tray(page).getByRole('button', { name: '2 of 6 picked' })
    await expect(expand).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(expand).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('Tab')
    await expect(tray(page).getByRole('link', { name: 'Open comparison' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/compare/\\?e=${first!.slug},${second!.slug}$`))
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  async function expectRowNamesPinned(page: Page) {
    const region = page.locator('[data-compare-table]')
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(pageWidth, 'no sideways page scroll').toBeLessThanOrEqual(390)
    const box = (await region.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    // The columns scroll inside the table's box; the row names stay where they are.
    const rowName = page.locator('tbody th').first()
    const before = (await rowName.boundingBox())!
    await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }))
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    const after = (await rowName.boundingBox())!
    expect(after.x).toBe(before.x)
    expect(after.x).toBeGreaterThanOrEqual(box.x)
    const lastColumn = (await page.locator('thead th[scope="col"]').last().boundingBox())!
    expect(lastColumn.x + lastColumn.width).toBeLessThanOrEqual(box.x + box.width + 1)
    expect(lastColumn.x).toBeGreaterThanOrEqual(after.x + after.width - 1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  }

  test('a comparison of six keeps its row names in view while the columns scroll', async ({ page }) => {
    const entries = await packagesToCompare(page, MAX_COMPARED)
    await page.goto(compareUrl(entries))
    await readTable(page)
    await expectRowNamesPinned(page)
  })

  test('so does the largest topic table', async ({ page }) => {
    const entries = await packagesToCompare(page, 2)
    await page.goto(`topics/${entries.topic}/compare/`)
    await expectRowNamesPinned(page)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('every topic with two packages or more links its own static table of them', async ({ page }) => {
    const catalog = await loadEntries(page)
    const topics = [...new Set(catalog.flatMap((entry) => entry.topics))]
    let tables = 0
    for (const topic of topics) {
      const packages = catalog.filter((entry) => entry.type === 'repository' && entry.topics.includes(topic))
      await page.goto(`topics/${topic}/`)
      const link = page.getByRole('link', { name: /^Compare (its|\d+ of its) \d+ packages side by side/ })
      if (packages.length < 2) {
        await expect(link).toHaveCount(0)
        continue
      }
      tables += 1
      await link.click()
      await expect(page).toHaveURL(new RegExp(`/topics/${topic}/compare/$`))
      const table = await readTable(page)
      const shown = Math.min(packages.length, TOPIC_TABLE_LIMIT)
      expect(table.columns).toHaveLength(shown)
      const titles = new Set(packages.map((entry) => entry.title))
      for (const column of table.columns) expect(titles.has(column!)).toBe(true)
      expect(table.rows.map((row) => row.label)).toEqual(ROW_LABELS)
      // The maintained ones first.
      const rank = { Active: 0, Quiet: 1, Dormant: 2, [UNKNOWN]: 3 } as Record<string, number>
      const states = table.rows
        .find((row) => row.label === 'Maintenance')!
        .cells.map((cell) => rank[cell.split('\n')[0]!])
      expect(states).toEqual(states.toSorted())
      // Its own title and description, in the static HTML, for link previews.
      await expect(page).toHaveTitle(/^Compare the .+ packages · /)
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
        'content',
        /^Compare the .+ packages$/,
      )
      await expect(page.locator('meta[name="description"]')).toHaveAttribute(
        'content',
        new RegExp(`^${escape(table.columns[0]!)}`),
      )
    }
    expect(tables).toBeGreaterThan(0)
  })

  test('/compare/ says what it needs and links every topic table', async ({ page }) => {
    const catalog = await loadEntries(page)
    const topics = [...new Set(catalog.flatMap((entry) => entry.topics))].filter(
      (topic) =>
        catalog.filter((entry) => entry.type === 'repository' && entry.topics.includes(topic)).length >= 2,
    )
    await page.goto('compare/?e=a,b')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare')
    await expect(page.getByTestId('compare-needs-javascript')).toBeVisible()
    await expect(page.getByTestId('compare-needs-javascript')).toContainText('needs JavaScript')
    const links = page.getByTestId('topic-tables').getByRole('link')
    await expect(links).toHaveCount(topics.length)
    await links.first().click()
    await expect(page).toHaveURL(/\/topics\/[^/]+\/compare\/$/)
    await readTable(page)
  })
})

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe in ${scheme} mode`, () => {
    test.use({ colorScheme: scheme })

    const analyze = async (page: Page, region?: Locator) => {
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/)
      const { violations } = await new AxeBuilder({ page }).analyze()
      expect(
        violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
        region ? 'with the tray open' : undefined,
      ).toEqual([])
    }

    test('finds no violations on a comparison, with the tray open', async ({ page }) => {
      const entries = await packagesToCompare(page, 4)
      await page.goto(compareUrl(entries))
      await readTable(page)
      await analyze(page)
      for (const entry of entries.slice(0, 2)) {
        await page.goto(`entries/${entry.slug}/`)
        await page.getByRole('link', { name: `Compare ${entry.title}`, exact: true }).click()
        await expect(page).toHaveURL(new RegExp(`/compare/\\?e=([^&]+,)?${entry.slug}$`))
      }
      await tray(page).getByRole('button', { name: '2 of 6 picked' }).click()
      await analyze(page, tray(page))
    })

    test('finds no violations on a topic table', async ({ page }) => {
      const entries = await packagesToCompare(page, 2)
      await page.goto(`topics/${entries.topic}/compare/`)
      await readTable(page)
      await analyze(page)
    })

    test('finds no violations on /compare/ with nothing picked', async ({ page }) => {
      await page.goto('compare/')
      await expect(page.getByTestId('compare-too-few')).toBeVisible()
      await analyze(page)
    })
  })
}

import { mediaTypeLabel } from '../lib/schema/media-types'
import { first, loadCatalog } from './catalog'
import {
  expect,
  filterBox,
  matchLine,
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

test('/ and Ctrl+K focus the search box; Escape clears it', async ({ page }) => {
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await expect(searchBox(page)).toHaveValue('')

  const { entry, word } = first((await loadCatalog(page)).uniqueTitleWords(), 'a title word of its own')
  await page.keyboard.type(word)
  await expect(resultTitles(page)).toHaveText([entry.title])
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toHaveValue('')
  await expect(page).toHaveURL(/\/$/)

  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('Control+k')
  await expect(searchBox(page)).toBeFocused()
})

test('arrow keys move through the results and Enter opens the selected one', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const { word } = first(
    catalog.commonWords().filter(({ entries }) => entries.length >= 2),
    'a word two entries hold',
  )
  await searchBox(page).fill(word)
  const titles = resultTitles(page)
  await expect(titles.nth(1)).toBeVisible()
  await searchBox(page).press('ArrowDown')
  await expect(titles.nth(0).getByRole('link')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(titles.nth(1).getByRole('link')).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(searchBox(page)).toBeFocused()

  const { entry, word: own } = first(catalog.uniqueTitleWords(), 'a title word of its own')
  const resource = new URL(entry.url)
  await page.route(
    (url) => url.origin === resource.origin,
    (route) => route.fulfill({ contentType: 'text/html', body: '<title>Stand-in for the resource</title>' }),
  )
  await searchBox(page).fill(own)
  await expect(titles).toHaveText([entry.title])
  await searchBox(page).press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(resource.href)
})

test('the number of results is announced in a polite live region', async ({ page }) => {
  const { word, entries } = (await loadCatalog(page)).commonWords()[0]!
  await expect(status(page)).toHaveAttribute('aria-live', 'polite')
  await searchBox(page).fill(word)
  await expect(status(page)).toHaveText(matchLine(entries.length, word))
})

test('sorting is offered, applied and kept in the URL', async ({ page }) => {
  const sort = page.getByRole('combobox', { name: 'Sort by' })
  await expect(sort).toHaveValue('title')
  await sort.selectOption('published')
  await expect(page).toHaveURL(/\?sort=published$/)
  await expect(page.getByTestId('results').locator('article').first()).toBeVisible()
  const years = await page
    .getByTestId('results')
    .locator('article')
    .evaluateAll((cards) => cards.map((card) => card.textContent?.match(/· ((?:19|20)\d\d)/)?.[1] ?? ''))
  const dated = years.filter(Boolean)
  expect(dated.length).toBeGreaterThan(5)
  expect(dated).toEqual(dated.toSorted().toReversed())

  const { word } = (await loadCatalog(page)).commonWords()[0]!
  await searchBox(page).fill(word)
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&sort=published$`))
  await sort.selectOption('relevance')
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}$`))
})

test('the theme follows the OS, can be toggled, and the stored choice is applied before the first frame paints', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('html')).toHaveClass(/dark/)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(page.locator('html')).not.toHaveClass(/dark/)

  const toggle = page.getByRole('button', { name: /theme; switch to/ })
  await toggle.click() // system → light
  await toggle.click() // light → dark
  await expect(page.locator('html')).toHaveClass(/dark/)

  // On the next load the stored choice must already be applied when the first frame is drawn: record the
  // root's class in the first animation frame, whose callbacks run before that frame paints.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      ;(window as unknown as { classAtFirstFrame: string }).classAtFirstFrame =
        document.documentElement.className
    })
  })
  await page.goto('topics/')
  await page.waitForFunction(() => 'classAtFirstFrame' in window)
  const atFirstFrame = await page.evaluate(
    () => (window as unknown as { classAtFirstFrame: string }).classAtFirstFrame,
  )
  expect(atFirstFrame).toContain('dark')
  // Paint the body's background on a canvas to read it as RGB, whatever colour syntax the browser reports.
  const [red, green, blue] = await page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!
    context.fillStyle = getComputedStyle(document.body).backgroundColor
    context.fillRect(0, 0, 1, 1)
    return [...context.getImageData(0, 0, 1, 1).data]
  })
  expect(Math.max(red!, green!, blue!)).toBeLessThan(40)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('filters collapse into a panel', async ({ page }) => {
    const type = (await loadCatalog(page)).typesBySize()[0]!
    const filters = page.getByRole('complementary', { name: 'Filters' })
    await expect(filters).toBeHidden()
    const toggle = page.getByRole('button', { name: /^Filters/ })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await filterBox(page, mediaTypeLabel(type, 'plural')).check()
    await expect(toggle).toHaveText(/Filters \(1 selected\)/)
    await expect(page).toHaveURL(new RegExp(`\\?type=${type}$`))
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})

test('the theme needs no bundle: the head script applies the remembered choice and runs the toggle', async ({
  page,
  problems,
}) => {
  await page.evaluate(() => localStorage.setItem('theme', 'dark'))
  await page.route('**/_next/static/chunks/*.js', (route) => route.abort())
  await page.goto('./')
  await expect(page.locator('html')).toHaveClass(/dark/)
  // With the bundles withheld React never ran: the choice and the toggle come from the inline script alone.
  const toggle = page.getByRole('button', { name: /theme; switch to/ })
  await expect(toggle).toHaveAttribute('data-theme-choice', 'dark')
  await expect(toggle).toHaveAccessibleName('Dark theme; switch to auto theme')
  await expect(toggle.getByText('☾')).toBeVisible()
  await toggle.click()
  await expect(toggle).toHaveAttribute('data-theme-choice', 'system')
  await expect(toggle.getByText('◐')).toBeVisible()
  await expect(toggle.getByText('☾')).toBeHidden()
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('system')
  problems.splice(0) // the withheld bundles are logged as failed loads
})

import { expect, results, test } from './fixtures'

/**
 * A shared link with a query, a filter or a sort paints the folded page from its first frame: nothing
 * that the first frame shows moves or goes away once the search has loaded and the results are in.
 */

const SHARED_LINKS = [
  './?q=celery',
  './?type=video&sort=added',
  'topics/caching/?q=redis',
  'topics/caching/?sort=published',
  'types/video/?q=django',
]
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1280, height: 800 },
]

type Box = { x: number; y: number; width: number; height: number }
type LayoutProbe = {
  /** Every element the first frame shows, with its box then. */
  first: { element: Element; box: Box }[] | null
  /** When the frame after it started: shifts are counted from then on. */
  countFrom: number
  /** Every layout shift: when, by how much, and what it moved. */
  shifts: { at: number; value: number; moved: string[] }[]
}

/** Before any script of the page: the layout of the first frame, and every layout shift. */
function recordFirstFrame() {
  const probe: LayoutProbe = { first: null, countFrom: Infinity, shifts: [] }
  // Seen on the first screen: rendered, not invisible, and inside the viewport.
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect()
    return (
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      box.width * box.height > 1 // not a screen-reader-only 1 × 1 px box
    )
  }
  const describe = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} “${(element.textContent ?? '').trim().slice(0, 40)}”`
  Object.assign(window, { __layout: probe, __describe: describe })
  // The first frame with the page's content: a callback of that frame runs just before it is painted.
  const atFrame = () => {
    if (!document.querySelector('footer')) return requestAnimationFrame(atFrame)
    probe.first = [...document.body.querySelectorAll('*')]
      .filter((element) => shown(element))
      .map((element) => ({ element, box: element.getBoundingClientRect().toJSON() as Box }))
    // The shifts Chromium reports with this frame are the page's own parsing (see below).
    requestAnimationFrame((time) => (probe.countFrom = time))
  }
  requestAnimationFrame(atFrame)
  new PerformanceObserver((list) => {
    type Shift = PerformanceEntry & { value: number; sources: { node: Node | null }[] }
    for (const entry of list.getEntries() as Shift[])
      probe.shifts.push({
        at: entry.startTime,
        value: entry.value,
        moved: entry.sources.map(({ node }) =>
          node instanceof Element ? describe(node) : String(node?.nodeName),
        ),
      })
  }).observe({ type: 'layout-shift', buffered: true })
}

for (const size of SIZES) {
  test.describe(`on a ${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } })

    for (const link of SHARED_LINKS) {
      test(`${link} paints its folded layout from the first frame`, async ({ page }) => {
        await page.addInitScript(recordFirstFrame)
        await page.goto(link)
        // Settled: the search has loaded whole and the results are painted.
        await page.locator('section[aria-label="Entries"][aria-busy="false"]').waitFor()
        await results(page).first().waitFor()
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
        )

        const { moved, gone, shown, shifts, shifted } = await page.evaluate(() => {
          const { __layout: probe, __describe: describe } = window as unknown as {
            __layout: LayoutProbe
            __describe: (element: Element) => string
          }
          const moved: string[] = []
          const gone: string[] = []
          for (const { element, box } of probe.first ?? []) {
            if (!element.isConnected || !element.checkVisibility({ visibilityProperty: true })) {
              gone.push(describe(element))
              continue
            }
            const now = element.getBoundingClientRect()
            if (Math.abs(now.x - box.x) > 0.5 || Math.abs(now.y - box.y) > 0.5)
              moved.push(`${describe(element)}: (${box.x}, ${box.y}) → (${now.x}, ${now.y})`)
          }
          // Counted once the first frame with the whole page is painted. Chromium also reports shifts between
          // layouts it never painted. And on a slow or loaded machine it may paint a page it has only partly
          // parsed: a row whose text has not arrived yet, a header whose last button is missing. The rest
          // of the page then moves them, a shift reported with the whole page's frame. That is HTML
          // streaming, as on any static page, not this page changing its layout once search is ready.
          const firstPaint = performance.getEntriesByName('first-paint')[0]?.startTime ?? 0
          const seen = probe.shifts.filter((shift) => shift.at >= Math.max(firstPaint, probe.countFrom))
          return {
            moved,
            gone,
            shown: probe.first?.length ?? 0,
            shifts: seen.reduce((sum, shift) => sum + shift.value, 0),
            shifted: seen.flatMap((shift) => shift.moved),
          }
        })
        expect(shown, 'the first frame was recorded').toBeGreaterThan(10)
        expect(gone, 'nothing the first frame showed is taken away').toEqual([])
        expect(moved, 'nothing the first frame showed moves').toEqual([])
        expect(shifts, `layout shift after the first paint, of ${shifted.join(', ')}`).toBe(0)
      })
    }
  })
}

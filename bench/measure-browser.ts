import { chromium, type Browser, type Page } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../tools/lib/chromium.mjs'
import {
  READY_SELECTOR,
  RECALL_AT,
  RESULT_ITEM_SELECTOR,
  RESULTS_SELECTOR,
  SEARCH_INPUT_SELECTOR,
  STATUS_SELECTOR,
} from './config'
import { armWatcher, installProbe, readLongTasks, readPending, waitForSettledList } from './page-probe'
import { percentile } from './stats'

/**
 * Typing latency in headless Chromium, the same for every engine's page: each query is typed one
 * key at a time, and each key is timed in the page from its keydown event's timestamp to the first
 * frame painted after the status names the query typed so far (see page-probe.ts). Long tasks are
 * collected while typing. Bytes are counted from the browser's network events (Playwright), which
 * include requests made by Web Workers (Pagefind searches in one, where Resource Timing misses them).
 */

export type TypingOptions = {
  url: string
  queries: readonly string[]
  /** Typed after `queries`: each with the entry page (/entries/<slug>/) it means. */
  typoQueries: readonly { query: string; slug: string }[]
  /** Pause after each key is painted, like a quick typist; it is not part of any figure. */
  keyIntervalMs?: number
  keyTimeoutMs?: number
  loadTimeoutMs?: number
  /** Progress messages, for a run that takes minutes. */
  log?: (message: string) => void
  /** performance.now() in this process after which no further query is started. */
  deadline?: number
}

const SLOWEST_KEYS_KEPT = 10
/** The results list is settled once nothing in it has changed for this long. */
const SETTLED_QUIET_MS = 150

export type TypingFigures = {
  /** Navigation start → the search form says it is ready (hydrated, for our site). */
  hydrationMs: number
  /** The first key of the session, typed as soon as the box has focus: it waits for whatever search needs. */
  coldFirstKeyMs: number
  /** The same first results, timed from the box getting focus (when the search data is asked for). */
  coldFromFocusMs: number
  /** Compressed bytes requested after the page was ready and before the cold first key's results were painted. */
  searchBytes: number
  /** Compressed bytes of everything (document, scripts, styles, data) fetched by that paint. */
  pageBytes: number
  /** Queries typed in full; fewer than asked when the deadline came first. */
  queriesTyped: number
  /** Every later key that changes the query (a space before the next word does not). */
  keystrokes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** The last key of each query → the results list settled (nothing in it changes for a while after). */
  settleP50Ms: number
  settleP95Ms: number
  /** The same, counted from that key's first results painted: what the list renders after them. */
  settleAfterResultsP95Ms: number
  /** Keys whose results had not been painted within keyTimeoutMs; counted in the figures at that value. */
  timedOutKeys: number
  /** Long tasks (> 50 ms) that started while a query was being typed, the cold first key included. */
  longTasks: number
  longTaskMaxMs: number
  /** The same, leaving out the first query (whose first key loads the search data). */
  warmLongTasks: number
  warmLongTaskMaxMs: number
  /** Typo queries whose intended entry was among the first RECALL_AT results, ÷ typo queries typed. */
  recallAt5: number
  typoQueriesTyped: number
}

export type TypingSession = TypingFigures & {
  /** Queries the search box did not keep as typed (it once dropped the space between words). */
  rewrittenQueries: string[]
  /** Typo queries whose intended entry was missing from the first results. */
  missedTypos: string[]
  /** The slowest timed keys, slowest first: where to look when the p95 is high. */
  slowestKeys: { typed: string; ms: number }[]
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS })
}

const normalise = (query: string) => query.replace(/\s+/g, ' ').trim()

async function clearSearch(page: Page, timeoutMs: number) {
  await page.locator(SEARCH_INPUT_SELECTOR).press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.waitForFunction(
    (selector) => (document.querySelector(selector)?.textContent ?? '') === '',
    STATUS_SELECTOR,
    { timeout: timeoutMs, polling: 'raf' },
  )
}

/** One session in a fresh browser context (empty cache): load the page, type every query, return the figures. */
export async function measureTyping(browser: Browser, options: TypingOptions): Promise<TypingSession> {
  const { url, keyIntervalMs = 30, keyTimeoutMs = 15_000, loadTimeoutMs = 180_000 } = options
  const queries = [...options.queries, ...options.typoQueries.map((typo) => typo.query)]
  const intended = new Map(options.typoQueries.map((typo) => [typo.query, `/entries/${typo.slug}/`]))
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    // responseBodySize is the body as received (compressed); a request counts as made for search
    // when it was issued after the page was ready.
    let ready = false
    const issuedAfterReady = new WeakSet<object>()
    const finished: Promise<{ body: number; afterReady: boolean }>[] = []
    context.on('request', (request) => {
      if (ready) issuedAfterReady.add(request)
    })
    context.on('requestfinished', (request) => {
      const afterReady = issuedAfterReady.has(request)
      finished.push(request.sizes().then((sizes) => ({ body: sizes.responseBodySize, afterReady })))
    })
    const countBytes = async (settled: typeof finished) => {
      const sizes = await Promise.all(settled)
      const sum = (list: typeof sizes) => list.reduce((total, item) => total + item.body, 0)
      return { all: sum(sizes), after: sum(sizes.filter((item) => item.afterReady)) }
    }
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn' })
    await page.addInitScript(installProbe, RESULTS_SELECTOR)
    await page.goto(url, { waitUntil: 'load', timeout: loadTimeoutMs })
    await page.locator(READY_SELECTOR).waitFor({ timeout: loadTimeoutMs })
    const hydrationMs = await page.evaluate(() => performance.now())
    ready = true
    await page.locator(SEARCH_INPUT_SELECTOR).click()

    const latencies: number[] = []
    const keyTimings: { typed: string; ms: number }[] = []
    const windows: { start: number; end: number; first: boolean }[] = []
    const settles: { fromKey: number; fromResults: number }[] = []
    let coldFirstKeyMs = Number.NaN
    let coldFromFocusMs = Number.NaN
    let bytes = { all: Number.NaN, after: Number.NaN }
    let timedOutKeys = 0
    const rewrittenQueries: string[] = []
    const missedTypos: string[] = []
    let typosFound = 0
    let typosTyped = 0
    for (const [queryIndex, query] of queries.entries()) {
      if (queryIndex > 0 && options.deadline !== undefined && performance.now() > options.deadline) break
      if (queryIndex > 0) await clearSearch(page, loadTimeoutMs)
      let typed = ''
      let start = Number.NaN
      let end = Number.NaN
      let shown = ''
      let topLinks: string[] = []
      let lastKey: { keydownAt: number; paintedAt: number } | null = null
      for (const key of query) {
        const before = normalise(typed)
        typed += key
        if (normalise(typed) === before) {
          await page.keyboard.type(key)
          await page.waitForTimeout(keyIntervalMs)
          continue
        }
        await page.evaluate(armWatcher, {
          inputSelector: SEARCH_INPUT_SELECTOR,
          statusSelector: STATUS_SELECTOR,
          itemSelector: RESULT_ITEM_SELECTOR,
          topCount: RECALL_AT,
          timeoutMs: keyTimeoutMs,
        })
        await page.keyboard.type(key)
        const timing = await page.evaluate(readPending)
        if (!timing) throw new Error('the key watcher was not armed')
        if (/could not be loaded/i.test(timing.status))
          throw new Error(`search failed to load: ${timing.status}`)
        const latency = timing.paintedAt - timing.keydownAt
        if (Number.isNaN(start)) start = timing.keydownAt
        end = timing.paintedAt
        if (timing.timedOut) timedOutKeys += 1
        if (Number.isNaN(coldFirstKeyMs)) {
          coldFirstKeyMs = latency
          coldFromFocusMs = timing.paintedAt - timing.focusAt
          // The requests finished by now: those of the paint, and any that ended in the moment since.
          bytes = await countBytes([...finished])
        } else {
          latencies.push(latency)
          keyTimings.push({ typed, ms: latency })
        }
        shown = timing.query
        topLinks = timing.topLinks
        lastKey = timing
        await page.waitForTimeout(keyIntervalMs)
      }
      // Between queries only, so that the pace of typing within a query stays the same.
      if (lastKey) {
        const settledAt = Math.max(
          await page.evaluate(waitForSettledList, SETTLED_QUIET_MS),
          lastKey.paintedAt,
        )
        settles.push({ fromKey: settledAt - lastKey.keydownAt, fromResults: settledAt - lastKey.paintedAt })
      }
      if (shown !== normalise(query)) rewrittenQueries.push(`typed “${query}”, the box shows “${shown}”`)
      const target = intended.get(query)
      if (target) {
        typosTyped += 1
        if (topLinks.some((href) => new URL(href, url).pathname === target)) typosFound += 1
        else missedTypos.push(query)
      }
      windows.push({ start, end, first: queryIndex === 0 })
      options.log?.(`typed “${query}” (${queryIndex + 1}/${queries.length})`)
    }
    if (pageErrors.length > 0) throw new Error(`page errors while typing: ${pageErrors.join('; ')}`)

    const longTasks = await page.evaluate(readLongTasks)
    const during = (warmOnly: boolean) =>
      longTasks.filter((task) =>
        windows.some((w) => (!warmOnly || !w.first) && task.start >= w.start && task.start <= w.end),
      )
    const all = during(false)
    const warm = during(true)
    const sorted = latencies.toSorted((a, b) => a - b)
    const settleFromKey = settles.map((settle) => settle.fromKey).toSorted((a, b) => a - b)
    const settleFromResults = settles.map((settle) => settle.fromResults).toSorted((a, b) => a - b)
    return {
      hydrationMs,
      coldFirstKeyMs,
      coldFromFocusMs,
      searchBytes: bytes.after,
      pageBytes: bytes.all,
      queriesTyped: windows.length,
      keystrokes: latencies.length,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted.at(-1) ?? Number.NaN,
      settleP50Ms: percentile(settleFromKey, 0.5),
      settleP95Ms: percentile(settleFromKey, 0.95),
      settleAfterResultsP95Ms: percentile(settleFromResults, 0.95),
      timedOutKeys,
      longTasks: all.length,
      longTaskMaxMs: Math.max(0, ...all.map((task) => task.duration)),
      warmLongTasks: warm.length,
      warmLongTaskMaxMs: Math.max(0, ...warm.map((task) => task.duration)),
      recallAt5: typosTyped > 0 ? typosFound / typosTyped : Number.NaN,
      typoQueriesTyped: typosTyped,
      rewrittenQueries,
      missedTypos,
      slowestKeys: keyTimings.toSorted((a, b) => b.ms - a.ms).slice(0, SLOWEST_KEYS_KEPT),
    }
  } finally {
    await context.close()
  }
}

import { chromium, type Browser, type Page } from '@playwright/test'

import { READY_SELECTOR, SEARCH_INPUT_SELECTOR, STATUS_SELECTOR } from './config'

/**
 * Typing latency in headless Chromium: each query is typed one key at a time into the home page's
 * search box, and each key is timed in the page from keydown to the first frame painted after the
 * result status names the query typed so far. Long tasks are collected while typing.
 */

export type TypingOptions = {
  url: string
  queries: readonly string[]
  /** Pause after each key is painted, like a quick typist; it is not part of any figure. */
  keyIntervalMs?: number
  keyTimeoutMs?: number
  loadTimeoutMs?: number
  /** Progress messages, for a run that takes minutes. */
  log?: (message: string) => void
  /** performance.now() in this process after which no further query is started. */
  deadline?: number
}

export type TypingFigures = {
  /** Navigation start → search form hydrated. */
  hydrationMs: number
  /** The first key of the session, which also waits for the search data to load and be indexed. */
  coldFirstKeyMs: number
  /** Queries typed in full; fewer than asked when the deadline came first. */
  queriesTyped: number
  /** Every later key that changes the query (a space before the next word does not). */
  keystrokes: number
  p50Ms: number
  p95Ms: number
  maxMs: number
  /** Keys whose results had not been painted within keyTimeoutMs; counted in the figures at that value. */
  timedOutKeys: number
  /** Queries the search box did not keep as typed (it once dropped the space between words). */
  rewrittenQueries: string[]
  /** Long tasks (> 50 ms) that started while a query was being typed, the cold first key included. */
  longTasks: number
  longTaskMaxMs: number
  /** The same, leaving out the first query (whose first key loads and indexes the search data). */
  warmLongTasks: number
  warmLongTaskMaxMs: number
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking']

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

type KeyTiming = { keydownAt: number; paintedAt: number; timedOut: boolean; status: string; query: string }
type WatcherOptions = { inputSelector: string; statusSelector: string; timeoutMs: number }
type LongTask = { start: number; duration: number }
type BenchProbe = {
  keydownAt: number
  longTasks: LongTask[]
  pending: Promise<KeyTiming> | null
}
type ProbeWindow = Window & { __bench?: BenchProbe }

/** Runs in the page before any of its scripts: long-task observer and a capturing keydown clock. */
function installProbe() {
  const probe: BenchProbe = { keydownAt: 0, longTasks: [], pending: null }
  ;(window as ProbeWindow).__bench = probe
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  // The event's own timestamp counts time the key waited behind a busy main thread.
  document.addEventListener('keydown', (event) => (probe.keydownAt = event.timeStamp), { capture: true })
}

/**
 * Arms a watcher for the next key: it settles once the search box holds a new query and the status
 * names that query, one frame later (after paint). The query is read from the box rather than
 * predicted, so a box that rewrites what was typed is still timed on what it shows.
 */
function armWatcher({ inputSelector, statusSelector, timeoutMs }: WatcherOptions) {
  const probe = (window as ProbeWindow).__bench
  if (!probe) throw new Error('bench probe missing')
  const query = () =>
    ((document.querySelector(inputSelector) as HTMLInputElement | null)?.value ?? '')
      .replace(/\s+/g, ' ')
      .trim()
  const status = () => document.querySelector(statusSelector)?.textContent ?? ''
  const before = query()
  probe.pending = new Promise<KeyTiming>((resolve) => {
    let settled = false
    const finish = (timedOut: boolean) => {
      if (settled) return
      settled = true
      observer.disconnect()
      clearTimeout(timer)
      // rAF runs just before the frame is painted; a task posted from it runs after the paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () =>
          resolve({
            keydownAt: probe.keydownAt,
            paintedAt: performance.now(),
            timedOut,
            status: status(),
            query: query(),
          })
        channel.port2.postMessage(null)
      })
    }
    const check = () => {
      const now = query()
      if (now !== before && status().includes(`“${now}”`)) finish(false)
      else if (/could not be loaded/i.test(status())) finish(true)
    }
    const observer = new MutationObserver(check)
    observer.observe(document.body, { childList: true, characterData: true, subtree: true })
    const timer = setTimeout(() => finish(true), timeoutMs)
  })
}

const readPending = () => (window as ProbeWindow).__bench?.pending ?? null

const normalise = (query: string) => query.replace(/\s+/g, ' ').trim()

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

async function clearSearch(page: Page, timeoutMs: number) {
  await page.locator(SEARCH_INPUT_SELECTOR).press('ControlOrMeta+A')
  await page.keyboard.press('Backspace')
  await page.waitForFunction(
    (selector) => (document.querySelector(selector)?.textContent ?? '') === '',
    STATUS_SELECTOR,
    { timeout: timeoutMs, polling: 'raf' },
  )
}

/** One session: load the page, type every query, return the figures. */
export async function measureTyping(browser: Browser, options: TypingOptions): Promise<TypingFigures> {
  const { url, queries, keyIntervalMs = 30, keyTimeoutMs = 15_000, loadTimeoutMs = 180_000 } = options
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn' })
    await page.addInitScript(installProbe)
    await page.goto(url, { waitUntil: 'load', timeout: loadTimeoutMs })
    await page.locator(READY_SELECTOR).waitFor({ timeout: loadTimeoutMs })
    const hydrationMs = await page.evaluate(() => performance.now())
    options.log?.(`hydrated after ${(hydrationMs / 1000).toFixed(1)} s`)
    await page.locator(SEARCH_INPUT_SELECTOR).click()

    const latencies: number[] = []
    const windows: { start: number; end: number; first: boolean }[] = []
    let coldFirstKeyMs = Number.NaN
    let timedOutKeys = 0
    const rewrittenQueries: string[] = []
    for (const [queryIndex, query] of queries.entries()) {
      if (queryIndex > 0 && options.deadline !== undefined && performance.now() > options.deadline) break
      if (queryIndex > 0) await clearSearch(page, loadTimeoutMs)
      let typed = ''
      let start = Number.NaN
      let end = Number.NaN
      let shown = ''
      for (const key of query) {
        const before = normalise(typed)
        typed += key
        const expected = normalise(typed)
        if (expected === before) {
          await page.keyboard.type(key)
          await page.waitForTimeout(keyIntervalMs)
          continue
        }
        await page.evaluate(armWatcher, {
          inputSelector: SEARCH_INPUT_SELECTOR,
          statusSelector: STATUS_SELECTOR,
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
        if (Number.isNaN(coldFirstKeyMs)) coldFirstKeyMs = latency
        else latencies.push(latency)
        shown = timing.query
        await page.waitForTimeout(keyIntervalMs)
      }
      if (shown !== normalise(query)) rewrittenQueries.push(`typed “${query}”, the box shows “${shown}”`)
      windows.push({ start, end, first: queryIndex === 0 })
      options.log?.(`typed “${query}” (${queryIndex + 1}/${queries.length})`)
    }
    if (pageErrors.length > 0) throw new Error(`page errors while typing: ${pageErrors.join('; ')}`)

    const longTasks = await page.evaluate(() => (window as ProbeWindow).__bench?.longTasks ?? [])
    const during = (warmOnly: boolean) =>
      longTasks.filter((task) =>
        windows.some((w) => (!warmOnly || !w.first) && task.start >= w.start && task.start <= w.end),
      )
    const all = during(false)
    const warm = during(true)
    const sorted = latencies.toSorted((a, b) => a - b)
    return {
      hydrationMs,
      coldFirstKeyMs,
      queriesTyped: windows.length,
      keystrokes: latencies.length,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted.at(-1) ?? Number.NaN,
      timedOutKeys,
      rewrittenQueries,
      longTasks: all.length,
      longTaskMaxMs: Math.max(0, ...all.map((task) => task.duration)),
      warmLongTasks: warm.length,
      warmLongTaskMaxMs: Math.max(0, ...warm.map((task) => task.duration)),
    }
  } finally {
    await context.close()
  }
}

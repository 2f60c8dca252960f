/**
 * Typing latency in headless Chromium, the same for every engine's page: each query is typed one
 * key at a time, and each key is timed in the page from its keydown event's timestamp to the first
 * frame painted after the status names the query typed so far (see page-probe.ts). Long tasks are
 * collected while typing. Bytes are counted from the browser's network events (Playwright), which
 * include requests made by Web Workers (Pagefind searches in one, where Resource Timing misses them).
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../tools/lib/chromium.mjs'
import { startStaticServer } from '../tools/lib/start-server.mjs'
import { log } from './build-site'
import { ENGINE_NAMES, ENGINES, PAGE_CONTRACT, QUERIES, RECALL_AT, TYPO_QUERIES, type Engine } from './config'
import {
  armWatcher,
  installProbe,
  readLongTasks,
  readPending,
  waitForSettledList,
  type KeyTiming,
} from './page-probe'
import { medianRecord, percentile } from './stats'

// A pause after each key is painted, like a quick typist's (in no figure); how long a key and a page may take.
const KEY_INTERVAL_MS = 30
/** The results list has settled once nothing in it has changed for this long. */
const SETTLED_QUIET_MS = 150
const KEY_TIMEOUT_MS = 15_000
const LOAD_TIMEOUT_MS = 180_000

type TypingSession = Awaited<ReturnType<typeof measureTyping>>
type TypingFigures = Omit<TypingSession, 'rewrittenQueries' | 'missedTypos' | 'slowestKeys'>

/** An engine's figures: medians over its sessions, and its latencies as multiples of the floor's. */
export type EngineResult = {
  runs: number
  median: TypingFigures
  /** this engine's median ÷ the floor's median, from the same run; null when the floor was not typed */
  vsFloor: { p50: number; p95: number; coldFirstKey: number } | null
  sessions: TypingSession[]
}
export type EngineResults = Partial<Record<Engine, EngineResult>>

const normalise = (query: string) => query.replace(/\s+/g, ' ').trim()
const TYPO_PAGE = new Map(TYPO_QUERIES.map((typo) => [typo.query, typo.page]))

/**
 * Compressed bytes of the requests a browser context made (responseBodySize is the body as
 * received): all of them, and those issued after `ready` was called.
 */
function countBytes(context: BrowserContext) {
  let ready = false
  const issuedAfterReady = new WeakSet<object>()
  const finished: Promise<{ body: number; afterReady: boolean }>[] = []
  context.on('request', (request) => ready && issuedAfterReady.add(request))
  context.on('requestfinished', (request) => {
    const afterReady = issuedAfterReady.has(request)
    finished.push(request.sizes().then((sizes) => ({ body: sizes.responseBodySize, afterReady })))
  })
  return {
    ready: () => (ready = true),
    /** The requests finished by now: those of the last paint, and any that ended in the moment since. */
    count: async () => {
      const sizes = await Promise.all([...finished])
      const sum = (list: typeof sizes) => list.reduce((total, item) => total + item.body, 0)
      return { all: sum(sizes), after: sum(sizes.filter((item) => item.afterReady)) }
    },
  }
}

type Key = KeyTiming & { typed: string; ms: number }

/**
 * Types one query a key at a time, timing each key that changes it (a space before the next word
 * does not); `afterFirstKey` runs once the first timed key's results are painted.
 */
async function typeQuery(page: Page, query: string, afterFirstKey?: () => Promise<void>): Promise<Key[]> {
  const keys: Key[] = []
  let typed = ''
  for (const key of query) {
    const timed = normalise(typed + key) !== normalise(typed)
    typed += key
    if (timed) await page.evaluate(armWatcher, KEY_TIMEOUT_MS)
    await page.keyboard.type(key)
    if (timed) {
      const timing = await page.evaluate(readPending)
      if (!timing) throw new Error('the key watcher was not armed')
      if (/could not be loaded/i.test(timing.status))
        throw new Error(`search failed to load: ${timing.status}`)
      keys.push({ ...timing, typed, ms: timing.paintedAt - timing.keydownAt })
      if (keys.length === 1) await afterFirstKey?.()
    }
    await page.waitForTimeout(KEY_INTERVAL_MS)
  }
  return keys
}

/** One session in a fresh browser context (empty cache): load the page, type every query, return the figures. */
async function measureTyping(browser: Browser, url: string, deadline: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  try {
    const bytesFetched = countBytes(context)
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    // tsx compiles with keepNames, so functions sent to the page call esbuild's __name helper.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn' })
    await page.addInitScript(installProbe, { ...PAGE_CONTRACT, topCount: RECALL_AT })
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
    await page.locator(PAGE_CONTRACT.ready).waitFor({ timeout: LOAD_TIMEOUT_MS })
    const hydrationMs = await page.evaluate(() => performance.now())
    bytesFetched.ready()
    const box = page.locator(PAGE_CONTRACT.input)
    await box.click()

    let bytes = { all: Number.NaN, after: Number.NaN }
    const typed: { query: string; keys: Key[]; settle: { fromKey: number; fromResults: number } | null }[] =
      []
    for (const query of [...QUERIES, ...TYPO_QUERIES.map((typo) => typo.query)]) {
      if (typed.length > 0) {
        if (performance.now() > deadline) break
        await box.press('ControlOrMeta+A')
        await page.keyboard.press('Backspace')
        const empty = (status: string) => !document.querySelector(status)?.textContent
        await page.waitForFunction(empty, PAGE_CONTRACT.status, { timeout: LOAD_TIMEOUT_MS, polling: 'raf' })
      }
      const countBytesOnce =
        typed.length === 0 ? async () => void (bytes = await bytesFetched.count()) : undefined
      const keys = await typeQuery(page, query, countBytesOnce)
      // Read between queries only, so that the pace of typing within a query stays the same.
      const last = keys.at(-1)
      const settledAt =
        last && Math.max(await page.evaluate(waitForSettledList, SETTLED_QUIET_MS), last.paintedAt)
      const settle =
        last && settledAt
          ? { fromKey: settledAt - last.keydownAt, fromResults: settledAt - last.paintedAt }
          : null
      typed.push({ query, keys, settle })
    }
    if (pageErrors.length > 0) throw new Error(`page errors while typing: ${pageErrors.join('; ')}`)

    const keys = typed.flatMap((query) => query.keys)
    const [cold, ...warmKeys] = keys
    const sorted = warmKeys.map((key) => key.ms).toSorted((a, b) => a - b)
    const settles = (from: 'fromKey' | 'fromResults') =>
      typed.flatMap(({ settle }) => (settle ? [settle[from]] : [])).toSorted((a, b) => a - b)
    const longTasks = await page.evaluate(readLongTasks)
    const spans = typed.map(({ keys }) => [
      keys[0]?.keydownAt ?? Number.NaN,
      keys.at(-1)?.paintedAt ?? Number.NaN,
    ])
    const during = (from: number) =>
      longTasks.filter((task) =>
        spans.slice(from).some(([start = 0, end = 0]) => task.start >= start && task.start <= end),
      )
    const [all, warm] = [during(0), during(1)]
    const shown = ({ keys }: (typeof typed)[number]) => keys.at(-1) ?? { query: '', topLinks: [] }
    const typos = typed.filter(({ query }) => TYPO_PAGE.has(query))
    const found = (q: (typeof typed)[number]) =>
      shown(q).topLinks.some((href) => new URL(href, url).pathname === TYPO_PAGE.get(q.query))
    return {
      /** Navigation start → the search form says it is ready (hydrated, for our site). */
      hydrationMs,
      /** The first key of the session, typed as soon as the box has focus: it waits for whatever search needs. */
      coldFirstKeyMs: cold?.ms ?? Number.NaN,
      /** The same first results, timed from the box getting focus (when the search data is asked for). */
      coldFromFocusMs: cold ? cold.paintedAt - cold.focusAt : Number.NaN,
      /** Compressed bytes requested after the page was ready and before the cold first key's results were painted. */
      searchBytes: bytes.after,
      /** Compressed bytes of everything (document, scripts, styles, data) fetched by that paint. */
      pageBytes: bytes.all,
      /** Queries typed in full; fewer than asked when the deadline came first. */
      queriesTyped: typed.length,
      /** Every later key that changes the query (a space before the next word does not). */
      keystrokes: sorted.length,
      p50Ms: percentile(sorted, 0.5),
      p95Ms: percentile(sorted, 0.95),
      maxMs: sorted.at(-1) ?? Number.NaN,
      /** The last key of each query → its results list settled (nothing in it changes for a while after). */
      settleP50Ms: percentile(settles('fromKey'), 0.5),
      settleP95Ms: percentile(settles('fromKey'), 0.95),
      /** The same, counted from that key's first results painted: what the list renders after them. */
      settleAfterResultsP95Ms: percentile(settles('fromResults'), 0.95),
      /** Keys whose results had not been painted within KEY_TIMEOUT_MS; counted in the figures at that value. */
      timedOutKeys: keys.filter((key) => key.timedOut).length,
      /** Long tasks (> 50 ms) that started while a query was being typed, the cold first key included. */
      longTasks: all.length,
      longTaskMaxMs: Math.max(0, ...all.map((task) => task.duration)),
      /** The same, leaving out the first query (whose first key loads the search data). */
      warmLongTasks: warm.length,
      warmLongTaskMaxMs: Math.max(0, ...warm.map((task) => task.duration)),
      /** Typo queries whose intended entry was among the first RECALL_AT results, ÷ typo queries typed. */
      recallAt5: typos.length > 0 ? typos.filter(found).length / typos.length : Number.NaN,
      typoQueriesTyped: typos.length,
      /** Queries the search box did not keep as typed. */
      rewrittenQueries: typed
        .filter((q) => shown(q).query !== normalise(q.query))
        .map((q) => `typed “${q.query}”, the box shows “${shown(q).query}”`),
      /** Typo queries whose intended entry was missing from the first results. */
      missedTypos: typos.filter((q) => !found(q)).map(({ query }) => query),
      /** The ten slowest timed keys, slowest first: where to look when the p95 is high. */
      slowestKeys: warmKeys
        .toSorted((a, b) => b.ms - a.ms)
        .slice(0, 10)
        .map(({ typed, ms }) => ({ typed, ms })),
    }
  } finally {
    await context.close()
  }
}

/**
 * Types the same queries into each engine's page, served from one out/ by one server (the project's
 * own, tools/site/serve.mjs, compression on), in one Chromium. The engines take turns within each
 * run (floor, ours, Pagefind, then again), so that a busy moment on the shared machine falls on all
 * of them rather than on one.
 */
export async function typeIntoEngines(
  outDir: string,
  engines: readonly Engine[],
  runs: number,
  budgetSeconds: number,
  notes: string[],
): Promise<EngineResults> {
  const { server, port } = await startStaticServer(0, { OUT_DIR: outDir, BASE_PATH: '' })
  const started = performance.now()
  const sessions: Partial<Record<Engine, TypingSession[]>> = {}
  let browser: Browser | undefined
  try {
    browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS })
    for (let run = 1; run <= runs; run += 1) {
      const elapsed = (performance.now() - started) / 1000
      if (run > 1 && elapsed + elapsed / (run - 1) > budgetSeconds) {
        notes.push(`browser: ${run - 1} of ${runs} runs fit the ${budgetSeconds.toFixed(0)} s budget`)
        break
      }
      for (const engine of ENGINE_NAMES.filter((name) => engines.includes(name))) {
        log(`typing run ${run}/${runs}: ${engine}`)
        const url = `http://127.0.0.1:${port}/${ENGINES[engine].path}`
        const session = await measureTyping(browser, url, started + budgetSeconds * 1000)
        const all = QUERIES.length + TYPO_QUERIES.length
        if (session.queriesTyped < all)
          notes.push(`${engine} run ${run}: ${session.queriesTyped} of ${all} queries fit the budget`)
        ;(sessions[engine] ??= []).push(session)
        const slowest = session.slowestKeys.slice(0, 5).map((key) => `“${key.typed}” ${key.ms.toFixed(0)} ms`)
        log(
          `${engine}: cold ${session.coldFirstKeyMs.toFixed(0)} ms, p50 ${session.p50Ms.toFixed(1)} ms, p95 ${session.p95Ms.toFixed(1)} ms, ${session.longTasks} long tasks, recall@5 ${session.recallAt5.toFixed(2)}; slowest keys ${slowest.join(', ')}`,
        )
      }
    }
  } finally {
    await browser?.close()
    server.kill()
  }
  return summarise(sessions, notes)
}

function summarise(sessions: Partial<Record<Engine, TypingSession[]>>, notes: string[]): EngineResults {
  const results: EngineResults = {}
  for (const [engine, list] of Object.entries(sessions) as [Engine, TypingSession[]][]) {
    const figures = list.map((session) => {
      const numbers: Partial<TypingSession> = { ...session }
      for (const key of ['rewrittenQueries', 'missedTypos', 'slowestKeys'] as const) delete numbers[key]
      return numbers as TypingFigures
    })
    results[engine] = { runs: list.length, median: medianRecord(figures), vsFloor: null, sessions: list }
    const first = list[0]
    if (first && first.rewrittenQueries.length > 0)
      notes.push(`${engine}: the box rewrote ${first.rewrittenQueries.join('; ')}`)
    if (first && first.missedTypos.length > 0 && engine !== 'floor')
      notes.push(`${engine} run 1: intended entry not in the first 5 for ${first.missedTypos.join(', ')}`)
  }
  const floor = results.floor?.median
  if (floor)
    for (const result of Object.values(results))
      result.vsFloor = {
        p50: result.median.p50Ms / floor.p50Ms,
        p95: result.median.p95Ms / floor.p95Ms,
        coldFirstKey: result.median.coldFirstKeyMs / floor.coldFirstKeyMs,
      }
  return results
}

/**
 * Functions the bench runs inside the page (sent by Playwright, so each stands alone). They read
 * only the DOM contract of config.ts, never an engine's internals.
 */
import type { PAGE_CONTRACT } from './config'

export type KeyTiming = {
  /** When the page first got focus on an element (the search box, clicked): 0 before that. */
  focusAt: number
  keydownAt: number
  paintedAt: number
  timedOut: boolean
  status: string
  query: string
  /** href of the entry link of each of the first results shown at paint */
  topLinks: string[]
}
type ProbeOptions = typeof PAGE_CONTRACT & { topCount: number }
type BenchProbe = {
  options: ProbeOptions
  focusAt: number
  keydownAt: number
  longTasks: { start: number; duration: number }[]
  pending: Promise<KeyTiming> | null
  /** The last change inside the results list, and the first frame painted after it. */
  listChangedAt: number
  listPaintedAt: number
}
type ProbeWindow = Window & { __bench?: BenchProbe }

/**
 * Installed before any script of the page: a long-task observer, a capturing keydown clock, and a watch
 * on the results list that notes when it last changed and the first frame painted after that.
 */
export function installProbe(options: ProbeOptions) {
  const probe: BenchProbe = {
    options,
    focusAt: 0,
    keydownAt: 0,
    longTasks: [],
    pending: null,
    listChangedAt: 0,
    listPaintedAt: 0,
  }
  ;(window as ProbeWindow).__bench = probe
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
  // The event's own timestamp counts the time the key waited behind a busy main thread.
  document.addEventListener('keydown', (event) => (probe.keydownAt = event.timeStamp), { capture: true })
  document.addEventListener('focusin', (event) => (probe.focusAt ||= event.timeStamp), { capture: true })
  const inList = (node: Node) =>
    (node instanceof Element ? node : node.parentElement)?.closest(options.results) != null
  new MutationObserver((records) => {
    if (!records.some((record) => inList(record.target))) return
    probe.listChangedAt = performance.now()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => (probe.listPaintedAt = performance.now())
      channel.port2.postMessage(null)
    })
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true })
}

/**
 * Arms a watcher for the next key. It settles once the box holds a new query and the status names
 * that query in quotes (“…”), at the first frame painted after that: the results list is rendered
 * with the status, so this is "keystroke → results painted". The query is read from the box rather
 * than predicted, so a box that rewrites what was typed is timed on what it shows.
 */
export function armWatcher(timeoutMs: number) {
  const probe = (window as ProbeWindow).__bench
  if (!probe) throw new Error('bench probe missing')
  const { input, status: statusSelector, resultItem, topCount } = probe.options
  const query = () =>
    ((document.querySelector(input) as HTMLInputElement | null)?.value ?? '').replace(/\s+/g, ' ').trim()
  const status = () => document.querySelector(statusSelector)?.textContent ?? ''
  const topLinks = () =>
    [...document.querySelectorAll(resultItem)]
      .slice(0, topCount)
      .map((item) => item.querySelector('a[href*="/entries/"]')?.getAttribute('href') ?? '')
  const before = query()
  probe.pending = new Promise<KeyTiming>((resolve) => {
    const finish = (timedOut: boolean) => {
      observer.disconnect()
      clearTimeout(timer)
      // rAF runs just before the frame is painted; a task posted from it runs after the paint.
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () =>
          resolve({
            focusAt: probe.focusAt,
            keydownAt: probe.keydownAt,
            paintedAt: performance.now(),
            timedOut,
            status: status(),
            query: query(),
            topLinks: topLinks(),
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

export const readPending = () => (window as ProbeWindow).__bench?.pending ?? null
/**
 * Resolves once the results list has not changed for `quietMs`, with the first frame painted after its
 * last change: the list has settled, whatever an engine renders after its first results.
 */
export function waitForSettledList(quietMs: number) {
  const probe = (window as ProbeWindow).__bench
  if (!probe) throw new Error('bench probe missing')
  return new Promise<number>((resolve) => {
    const check = () => {
      const quiet = performance.now() - probe.listChangedAt >= quietMs
      if (quiet && probe.listPaintedAt >= probe.listChangedAt) resolve(probe.listPaintedAt)
      else setTimeout(check, 10)
    }
    check()
  })
}

export const readLongTasks = () => (window as ProbeWindow).__bench?.longTasks ?? []

import { log } from './build-site'
import { ENGINES, QUERIES, type Engine } from './config'
import { ENGINE_PATHS } from './engine-pages'
import { landmarkSlug, LANDMARKS } from './landmarks'
import { launchChromium, measureTyping, type TypingFigures, type TypingSession } from './measure-browser'
import { serve } from './server'
import { medianRecord } from './stats'

/** An engine's figures: medians over its sessions, and its latencies as multiples of the floor's. */
export type EngineResult = {
  runs: number
  median: TypingFigures
  /** this engine's median ÷ the floor's median, from the same run; null when the floor was not typed */
  vsFloor: { p50: number; p95: number; coldFirstKey: number } | null
  sessions: TypingSession[]
}
export type EngineResults = Partial<Record<Engine, EngineResult>>

const TYPO_QUERIES = LANDMARKS.map((landmark) => ({ query: landmark.query, slug: landmarkSlug(landmark) }))

/**
 * Types the same queries into each engine's page, served from one out/ by one server, in one
 * Chromium. The engines take turns within each run (floor, ours, Pagefind, then again), so that a
 * busy moment on the shared machine falls on all of them rather than on one.
 */
export async function typeIntoEngines(
  outDir: string,
  engines: readonly Engine[],
  runs: number,
  budgetSeconds: number,
  notes: string[],
): Promise<EngineResults> {
  const server = await serve(outDir)
  const browser = await launchChromium()
  const started = performance.now()
  const sessions: Partial<Record<Engine, TypingSession[]>> = {}
  try {
    for (let run = 1; run <= runs; run += 1) {
      const elapsed = (performance.now() - started) / 1000
      if (run > 1 && elapsed + elapsed / (run - 1) > budgetSeconds) {
        notes.push(`browser: ${run - 1} of ${runs} runs fit the ${budgetSeconds.toFixed(0)} s budget`)
        break
      }
      for (const engine of ENGINES.filter((name) => engines.includes(name))) {
        log(`typing run ${run}/${runs}: ${engine}`)
        const session = await measureTyping(browser, {
          url: `${server.url}${ENGINE_PATHS[engine]}`,
          queries: QUERIES,
          typoQueries: TYPO_QUERIES,
          deadline: started + budgetSeconds * 1000,
        })
        const all = QUERIES.length + TYPO_QUERIES.length
        if (session.queriesTyped < all)
          notes.push(`${engine} run ${run}: ${session.queriesTyped} of ${all} queries fit the budget`)
        ;(sessions[engine] ??= []).push(session)
        log(
          `${engine}: cold ${session.coldFirstKeyMs.toFixed(0)} ms, p50 ${session.p50Ms.toFixed(1)} ms, p95 ${session.p95Ms.toFixed(1)} ms, ${session.longTasks} long tasks, recall@5 ${session.recallAt5.toFixed(2)}; slowest keys ${session.slowestKeys
            .slice(0, 5)
            .map((key) => `“${key.typed}” ${key.ms.toFixed(0)} ms`)
            .join(', ')}`,
        )
      }
    }
  } finally {
    await browser.close()
    server.stop()
  }
  return summarise(sessions, notes)
}

function summarise(sessions: Partial<Record<Engine, TypingSession[]>>, notes: string[]): EngineResults {
  const results: EngineResults = {}
  for (const [engine, list] of Object.entries(sessions) as [Engine, TypingSession[]][]) {
    const figures = list.map((session): TypingFigures => {
      const numbers: Partial<TypingSession> = { ...session }
      delete numbers.rewrittenQueries
      delete numbers.missedTypos
      delete numbers.slowestKeys
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
  if (floor) {
    for (const result of Object.values(results)) {
      result.vsFloor = {
        p50: result.median.p50Ms / floor.p50Ms,
        p95: result.median.p95Ms / floor.p95Ms,
        coldFirstKey: result.median.coldFirstKeyMs / floor.coldFirstKeyMs,
      }
    }
  }
  return results
}

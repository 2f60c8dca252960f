import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { checkLinks, countByStatus, type LinkResult } from './link-check'
import { recordLinkResults } from './link-signals'
import { isoDay } from '../../lib/schema/fields'
import { readSignalsFile, writeSignalsFile } from '../refresh/signals-file'
import {
  consoleOutput,
  parseCommand,
  readValidContent,
  runIfMain,
  usageError,
  wholeNumbers,
  type Output,
} from '../lib/cli'
import { systemClock, type Clock, type FetchLike } from '../lib/http'

/** The pause before asking again after a network error or a 5xx answer (tools/lib/http.ts). */
const RETRY_DELAY_MS = 250

const USAGE =
  'Usage: npm run check-links [-- --concurrency 8 --timeout 10000 --json report.json --content dir --signals file]'

/**
 * `npm run check-links`: checks every entry's url and repository link, and records each entry's url
 * verdict in the signals file (default content/signals.json). Exits 1 only when a link is broken;
 * timeouts are listed but do not fail the run (see tools/links/link-check.ts).
 */
export async function runCheckLinks(
  argv: string[],
  io: Output = consoleOutput,
  clock: Clock = systemClock,
  fetchLike?: FetchLike,
): Promise<number> {
  const command = parseCommand(
    {
      args: argv,
      options: {
        concurrency: { type: 'string', default: '8' },
        timeout: { type: 'string', default: '10000' },
        json: { type: 'string' },
        content: { type: 'string', default: 'content' },
        signals: { type: 'string' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values } = command.parsed
  const numbers = wholeNumbers(values, { concurrency: 1, timeout: 1 })
  if (typeof numbers === 'string') return usageError(numbers, USAGE, io)
  const { concurrency, timeout: timeoutMs } = numbers

  const signalsPath = values.signals ?? join(values.content, 'signals.json')
  const content = readValidContent(values.content, 'Cannot check links', io)
  const signals = content && readSignalsFile(signalsPath, 'Cannot check links', io)
  if (!content || !signals) return 1
  // One check per distinct URL, remembering every file that lists it.
  const listedBy = new Map<string, string[]>()
  for (const entry of content.entries) {
    for (const url of [entry.url, entry.repository]) {
      if (url) listedBy.set(url, [...(listedBy.get(url) ?? []), entry.path])
    }
  }
  const urls = [...listedBy.keys()]
  io.err(`Checking ${urls.length} links (concurrency ${concurrency}, timeout ${timeoutMs} ms)…`)

  const results = await checkLinks(urls, {
    concurrency,
    timeoutMs,
    retryDelayMs: RETRY_DELAY_MS,
    clock,
    fetch: fetchLike,
    onResult: (result, done, total) => io.err(`[${done}/${total}] ${describe(result)}`),
  })

  const counts = countByStatus(results)
  io.out('')
  io.out('status      links')
  for (const [status, count] of Object.entries(counts)) io.out(`${status.padEnd(11)} ${count}`)
  const notable = results.filter((result) => result.status !== 'ok')
  if (notable.length > 0) io.out('')
  for (const result of notable)
    io.out(`${describe(result)}\n    listed by ${listedBy.get(result.url)!.join(', ')}`)

  if (values.json) {
    const report = {
      options: { concurrency, timeoutMs },
      counts,
      results: results.map((result) => ({ ...result, listedBy: listedBy.get(result.url) })),
    }
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`)
    io.err(`Wrote ${values.json}`)
  }
  const recorded = recordLinkResults(signals, content.entries, results, isoDay(clock.now()))
  io.err(
    writeSignalsFile(signalsPath, recorded)
      ? `Recorded link verdicts in ${signalsPath}`
      : `${signalsPath} unchanged`,
  )
  if (counts.broken > 0) {
    io.err(`${counts.broken} broken link(s).`)
    return 1
  }
  return 0
}

function describe(result: LinkResult): string {
  const code = result.httpStatus === null ? '' : ` ${result.httpStatus}`
  const via = result.method === 'GET' ? ' (GET)' : ''
  const where = result.finalUrl !== result.url ? ` → ${result.finalUrl}` : ''
  const why = result.error ? ` (${result.error})` : ''
  return `${result.status}${code}${via} ${result.url}${where}${why}`
}

runIfMain(import.meta.url, runCheckLinks)

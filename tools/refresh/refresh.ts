import { basename, join } from 'node:path'

import { refreshSignals, type RefreshSource } from './refresh-signals'
import { seedFromSnapshot } from './seed'
import { readSignalsFile, writeSignalsFile } from './signals-file'
import { targetOf } from './targets'
import {
  consoleOutput,
  parseCommand,
  readValidContent,
  runIfMain,
  usageError,
  wholeNumbers,
  type Output,
} from '../lib/cli'
import { systemClock, type Clock } from '../lib/http'
import { isCalendarDate } from '../../lib/schema/fields'

const USAGE = `Usage: npm run refresh [-- options]
  --only pypi|github       ask one source only (default: both)
  --concurrency N          PyPI requests at once (default 4; GitHub gets at most 2)
  --timeout MS             per request (default 10000)
  --retry-delay MS         pause before the one retry after a network error or 5xx (default 1000)
  --strict                 exit 1 when any request failed
  --content DIR            content folder (default content)
  --signals FILE           signals file (default DIR/signals.json)
  --seed-from TSV --observed YYYY-MM[-DD]
                           no requests: take PyPI figures from a dated package-index snapshot
Environment: PYPI_URL (default https://pypi.org), GITHUB_API_URL (default https://api.github.com),
GITHUB_TOKEN (sent as a bearer token when set).`

/**
 * \`npm run refresh\`: refreshes content/signals.json from PyPI and GitHub. Exits 0 when the run finished
 * (failures are reported), 2 on bad input, 1 with --strict when anything failed.
 */
export async function runRefresh(
  argv: string[],
  io: Output = consoleOutput,
  env: Record<string, string | undefined> = process.env,
  clock: Clock = systemClock,
): Promise<number> {
  const command = parseCommand(
    {
      args: argv,
      options: {
        only: { type: 'string' },
        concurrency: { type: 'string', default: '4' },
        timeout: { type: 'string', default: '10000' },
        'retry-delay': { type: 'string', default: '1000' },
        strict: { type: 'boolean', default: false },
        content: { type: 'string', default: 'content' },
        signals: { type: 'string' },
        'seed-from': { type: 'string' },
        observed: { type: 'string' },
      },
    },
    USAGE,
    io,
  )
  if ('exitCode' in command) return command.exitCode
  const { values } = command.parsed
  const numbers = wholeNumbers(values, { concurrency: 1, timeout: 1, 'retry-delay': 0 })
  if (typeof numbers === 'string') return usageError(numbers, USAGE, io)
  if (values.only !== undefined && values.only !== 'pypi' && values.only !== 'github')
    return usageError(`--only must be pypi or github, got "${values.only}".`, USAGE, io)
  if ((values['seed-from'] === undefined) !== (values.observed === undefined))
    return usageError('--seed-from and --observed go together.', USAGE, io)
  if (values.observed !== undefined && !isCalendarDate(values.observed, 'month'))
    return usageError(
      `--observed must be a date "YYYY-MM" or "YYYY-MM-DD", got "${values.observed}".`,
      USAGE,
      io,
    )

  const signalsPath = values.signals ?? join(values.content, 'signals.json')
  const content = readValidContent(values.content, 'Cannot refresh', io)
  const stored = content && readSignalsFile(signalsPath, 'Cannot refresh', io)
  if (!content || !stored) return 2
  const targets = content.entries.map(targetOf)

  if (values['seed-from'] !== undefined) {
    const path = values['seed-from']
    const observed = values.observed!
    const source = `PyPI snapshot (${basename(path)}), observed ${observed}`
    const seeded = await seedFromSnapshot(targets, stored, { path, observed, source }).catch(
      (error: unknown) => {
        io.err(error instanceof Error ? error.message : String(error))
      },
    )
    if (!seeded) return 2
    for (const { slug, name } of seeded.missing) io.err(`not in the snapshot: ${name} (${slug})`)
    for (const slug of seeded.keptNewer) io.err(`kept newer figures: ${slug}`)
    const wrote = writeSignalsFile(signalsPath, seeded.signals)
    io.out(
      `Seeded ${seeded.seeded.length} package(s) from ${path}; ${seeded.missing.length} not in it; ` +
        `${seeded.keptNewer.length} kept newer figures. ${wrote ? `Wrote ${signalsPath}.` : `${signalsPath} unchanged.`}`,
    )
    return 0
  }

  const sources: RefreshSource[] = values.only ? [values.only as RefreshSource] : ['pypi', 'github']
  const pypiUrl = env.PYPI_URL || 'https://pypi.org'
  const githubApiUrl = env.GITHUB_API_URL || 'https://api.github.com'
  const askable = targets.filter((target) => target.pypi || target.github)
  io.err(
    `Refreshing ${askable.length} entries from ${sources.map((source) => (source === 'pypi' ? pypiUrl : githubApiUrl)).join(' and ')}` +
      ` (timeout ${values.timeout} ms${env.GITHUB_TOKEN ? ', GitHub token set' : ''})…`,
  )
  const report = await refreshSignals(targets, stored, {
    sources,
    pypiUrl,
    githubApiUrl,
    githubToken: env.GITHUB_TOKEN || undefined,
    concurrency: numbers.concurrency,
    timeoutMs: numbers.timeout,
    retryDelayMs: numbers['retry-delay'],
    clock,
    onProgress: (line) => io.err(line),
  })

  io.out('')
  io.out('source  updated  unchanged  failed  skipped')
  for (const source of sources) {
    const counts = report.counts[source]
    io.out(
      `${source.padEnd(7)} ${String(counts.updated).padStart(7)}  ${String(counts.unchanged).padStart(9)}  ` +
        `${String(counts.failed).padStart(6)}  ${String(counts.skipped).padStart(7)}`,
    )
  }
  if (report.failures.length > 0) io.out('')
  for (const failure of report.failures) io.out(`failed  ${failure.source} ${failure.slug}: ${failure.error}`)
  if (report.rateLimited) {
    const resets = report.rateLimited.resetsAt
    io.out(
      `GitHub's rate limit stopped the GitHub requests${resets ? `; it resets at ${resets.toISOString()}` : ''}.` +
        (env.GITHUB_TOKEN ? '' : ' Set GITHUB_TOKEN for a higher limit.'),
    )
  }
  const wrote = writeSignalsFile(signalsPath, report.signals)
  io.out(wrote ? `Wrote ${signalsPath}.` : `${signalsPath} unchanged; not rewritten.`)
  return values.strict && report.failures.length > 0 ? 1 : 0
}

runIfMain(import.meta.url, runRefresh)

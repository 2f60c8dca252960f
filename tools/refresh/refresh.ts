import { basename, join } from 'node:path'

import { readContent } from '../content/content-files'
import { formatProblem } from '../content/content-rules'
import { refreshSignals, type RefreshSource } from './refresh-signals'
import { SignalsFileError, type SignalsFile } from '../../lib/signals/schema'
import { seedFromSnapshot } from './seed'
import { readSignalsFile, writeSignalsFile } from './signals-file'
import { targetOf, type SignalTarget } from './targets'
import { consoleOutput, parseCommand, runIfMain, type Output } from '../lib/cli'
import { systemClock, type Clock } from '../lib/http'

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

const WHOLE_NUMBER = /^[1-9]\d*$/
const DATE = /^\d{4}-\d{2}(-\d{2})?$/

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
  const usageError = (message: string) => {
    io.err(`${message}\n${USAGE}`)
    return 2
  }
  if (![values.concurrency, values.timeout].every((value) => WHOLE_NUMBER.test(value)))
    return usageError('--concurrency and --timeout must be whole numbers above 0.')
  if (!/^\d+$/.test(values['retry-delay'])) return usageError('--retry-delay must be a whole number.')
  if (values.only !== undefined && values.only !== 'pypi' && values.only !== 'github')
    return usageError(`--only must be pypi or github, got "${values.only}".`)
  if ((values['seed-from'] === undefined) !== (values.observed === undefined))
    return usageError('--seed-from and --observed go together.')
  if (values.observed !== undefined && !DATE.test(values.observed))
    return usageError(`--observed must be a date "YYYY-MM" or "YYYY-MM-DD", got "${values.observed}".`)

  const signalsPath = values.signals ?? join(values.content, 'signals.json')
  const loaded = loadInput(values.content, signalsPath, io)
  if (!loaded) return 2
  const { targets, stored } = loaded

  if (values['seed-from'] !== undefined) {
    const path = values['seed-from']
    const observed = values.observed!
    let seeded
    try {
      seeded = await seedFromSnapshot(targets, stored, {
        path,
        observed,
        source: `PyPI snapshot (${basename(path)}), observed ${observed}`,
      })
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error))
      return 2
    }
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
    concurrency: Number(values.concurrency),
    timeoutMs: Number(values.timeout),
    retryDelayMs: Number(values['retry-delay']),
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

/** The entries to ask about and the stored signals, or null after reporting why the input is bad. */
function loadInput(
  contentDir: string,
  signalsPath: string,
  io: Output,
): { targets: SignalTarget[]; stored: SignalsFile } | null {
  const content = readContent(contentDir)
  if (content.problems.length > 0) {
    io.err(`Cannot refresh: ${content.problems.length} problem(s) in ${contentDir}/`)
    for (const problem of content.problems) io.err(`  ${formatProblem(problem)}`)
    return null
  }
  try {
    return { targets: content.entries.map(targetOf), stored: readSignalsFile(signalsPath) }
  } catch (error) {
    if (!(error instanceof SignalsFileError)) throw error
    io.err(`Cannot refresh: ${error.message}`)
    return null
  }
}

runIfMain(import.meta.url, runRefresh)

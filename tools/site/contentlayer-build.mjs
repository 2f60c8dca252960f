// `npm run content`: contentlayer2's build without its command-line wrapper. The wrapper switches on
// effect-ts execution tracing, whose bookkeeping grows faster than the catalogue (about half the time
// of a 10,000-entry build); the build itself, its output and its errors are contentlayer2's own.
// `--watch` (for `npm run dev`) rebuilds on every change of the content or the config, as
// `contentlayer2 dev` does, logging a failed build and waiting for the next change instead of exiting.
import { spawnSync } from 'node:child_process'
import { parseArgs } from 'node:util'

import { LARGER_YOUNG_GENERATION } from './young-generation.mjs'

const { values } = parseArgs({ options: { watch: { type: 'boolean' }, config: { type: 'string' } } })
// Another config than ./contentlayer.config.ts: tests build a temporary content folder with the real one.
const configPath = values.config
const watch = values.watch === true

// The flag (see young-generation.mjs) only works from start-up, so a build starts this script again with it.
if (!watch && !process.execArgv.includes(LARGER_YOUNG_GENERATION)) {
  const { status } = spawnSync(
    process.execPath,
    [...process.execArgv, LARGER_YOUNG_GENERATION, ...process.argv.slice(1)],
    { stdio: 'inherit' },
  )
  process.exit(status ?? 1)
}

const core = await import('@contentlayer2/core')
const { errorToString } = await import('@contentlayer2/utils')
const { E, pipe, S, T } = await import('@contentlayer2/utils/effect')
const runMain = core.runMain({
  tracingServiceName: 'contentlayer-build',
  verbose: process.env.CL_DEBUG !== undefined,
})

await (watch
  ? pipe(
      core.getConfigWatch({ configPath, esbuildOptions: {} }),
      S.chainSwitchMapEitherRight((config) =>
        core.generateDotpkgStream({ config, verbose: false, isDev: true }),
      ),
      S.tap(E.fold((error) => T.log(errorToString(error)), core.logGenerateInfo)),
      S.runDrain,
      runMain,
    )
  : pipe(
      core.getConfig({ configPath }),
      T.chain((config) => core.generateDotpkg({ config, verbose: false })),
      T.tap(core.logGenerateInfo),
      runMain,
    ))

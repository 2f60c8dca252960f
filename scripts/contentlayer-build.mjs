// `npm run content`: contentlayer2's build without its command-line wrapper. The wrapper switches on
// effect-ts execution tracing, whose bookkeeping grows faster than the catalogue (about half the time
// of a 10,000-entry build); the build itself, its output and its errors are contentlayer2's own.
import * as core from '@contentlayer2/core'
import { pipe, T } from '@contentlayer2/utils/effect'

await pipe(
  core.getConfig({ configPath: undefined }),
  T.chain((config) => core.generateDotpkg({ config, verbose: false })),
  T.tap(core.logGenerateInfo),
  core.runMain({ tracingServiceName: 'contentlayer-build', verbose: process.env.CL_DEBUG !== undefined }),
)

// `next build` with a larger young generation in every process it starts: Next passes NODE_OPTIONS on to
// the workers that render the static pages, where the time goes. React renders each page into fresh trees
// and streams; with V8's default young generation (16 MB semi-spaces) a large build spends much of its time
// collecting garbage, and larger semi-spaces cost only some memory per process.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const LARGER_YOUNG_GENERATION = '--max-semi-space-size=128'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const nodeOptions = [process.env.NODE_OPTIONS, LARGER_YOUNG_GENERATION].filter(Boolean).join(' ')
const { status, signal } = spawnSync(process.execPath, [nextBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
})
process.exit(status ?? (signal ? 1 : 0))

// `next build` with a larger young generation in every process it starts (see young-generation.mjs):
// Next passes NODE_OPTIONS on to the workers that render the static pages, where the time goes.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

import { LARGER_YOUNG_GENERATION } from './young-generation.mjs'

const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
const nodeOptions = [process.env.NODE_OPTIONS, LARGER_YOUNG_GENERATION].filter(Boolean).join(' ')
const { status, signal } = spawnSync(process.execPath, [nextBin, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: nodeOptions },
})
process.exit(status ?? (signal ? 1 : 0))

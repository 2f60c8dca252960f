// Unit tests that read the catalogue (lib/content/*) need .content-collections/generated. This builds it once,
// before any test file runs, with the project's own build step, and only when it is missing or older than
// what it is built from; no test builds it for another.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const GENERATED = '.content-collections/generated/index.js'
const SOURCES = ['content', 'content-collections.ts', 'lib/schema']

function newestChange(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))))
}

export default function setup() {
  const builtAt = statSync(GENERATED, { throwIfNoEntry: false })?.mtimeMs ?? -Infinity
  if (builtAt >= Math.max(...SOURCES.map(newestChange))) return
  const build = spawnSync('node_modules/.bin/content-collections', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: 'content' },
  })
  if (build.status !== 0) throw new Error('The content build for the unit tests failed: see above.')
}

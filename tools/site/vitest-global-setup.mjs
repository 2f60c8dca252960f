// Unit tests that read the catalogue (lib/content/*) need .contentlayer/generated. This builds it once,
// before any test file runs, with the project's own build step, and only when it is missing or older than
// what it is built from; no test builds it for another.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const GENERATED = '.contentlayer/generated/index.mjs'
const SOURCES = ['content', 'contentlayer.config.ts', 'lib/schema']

function newestChange(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))))
}

function builtAt() {
  try {
    return statSync(GENERATED).mtimeMs
  } catch {
    return -Infinity
  }
}

export default function setup() {
  if (builtAt() >= Math.max(...SOURCES.map(newestChange))) return
  const build = spawnSync(process.execPath, ['tools/site/contentlayer-build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: 'content' },
  })
  if (build.status !== 0) throw new Error('The content build for the unit tests failed: see above.')
}

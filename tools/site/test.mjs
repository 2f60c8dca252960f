// `npm test`: every check the project has, in the order that fails fastest on a fresh clone.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'

import { BASE_PATH_BUILD, BASE_PATH_OUT, REFRESHED_CONTENT } from './base-path-build.mjs'
import { IMPORTED_CONTENT, IMPORTED_OUT, importList } from './imported-list.mjs'
import { LARGE_CONTENT, LARGE_OUT, writeLargeCatalogue } from './large-catalogue.mjs'

const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`)
    process.exit(result.status || 1)
  }
}

/** Moves the build just made (out/) aside for the browser tests that serve it. */
function keepBuild(to) {
  rmSync(to, { recursive: true, force: true })
  mkdirSync(dirname(to), { recursive: true })
  renameSync('out', to)
}

if (!existsSync('node_modules/.package-lock.json'))
  run('install dependencies', 'npm', ['ci', '--no-audit', '--no-fund'])

const { findChromium } = await import('../lib/chromium.mjs')
try {
  await findChromium()
} catch (error) {
  console.error(`\n✖ ${error.message}`)
  process.exit(1)
}

// The cheap checks first: each stops the run at its first failure, before any build.
run('formatting', 'npx', ['prettier', '--check', '.'])
run('lint', 'npx', ['eslint', '.', '--max-warnings=0'])
run('AWESOME.md is current', 'npm', ['run', '--silent', 'export:readme', '--', '--check'])
run('AWESOME.md passes awesome-lint', 'npm', ['run', '--silent', 'lint:awesome'])
// The content build gives the catalogue its types and the unit tests their data.
run('content check and build', 'npm', ['run', '--silent', 'content'])
// knip after the content build: the catalogue's generated module is imported under its alias.
run('unused files, exports and dependencies', 'npx', ['knip'])
run('type check', 'npx', ['tsc', '--noEmit'])
run('unit tests', 'npx', ['vitest', 'run'])
// The site must also work under a sub-path (GitHub Pages), and after the weekly refresh has changed every
// figure: build it that way from a refreshed copy of content/, and keep that build.
run('rehearse the weekly refresh on a copy of content/', 'npx', ['tsx', 'tools/site/refreshed-content.ts'])
run('build the refreshed site under a base path', 'npm', ['run', 'build'], {
  ...BASE_PATH_BUILD,
  CONTENT_DIR: REFRESHED_CONTENT,
})
keepBuild(BASE_PATH_OUT)
// Long lists (pagination, the home page's shortened view) need more entries than the real catalogue.
writeLargeCatalogue()
run('build a large made-up catalogue', 'npm', ['run', 'build'], { CONTENT_DIR: LARGE_CONTENT })
keepBuild(LARGE_OUT)
// Any awesome list in, a directory out: a real list, imported into an empty catalogue, then built.
console.log('\n▶ import a real awesome list into an empty catalogue')
if (importList() !== 0) {
  console.error('\n✖ the import failed.')
  process.exit(1)
}
run('build the imported list', 'npm', ['run', 'build'], { CONTENT_DIR: IMPORTED_CONTENT })
keepBuild(IMPORTED_OUT)
// The real site is built last, so .content-collections/ holds the real content again.
run('build the site', 'npm', ['run', 'build'])
run('browser tests', 'npx', ['playwright', 'test'])
console.log('\n✔ All checks passed.')

// `npm run dev`: the site at http://localhost:3000 with hot reload. Three things run side by side:
// the content build in watch mode (rebuilds .content-collections/ on every change, which `next dev` picks up),
// `next dev`, and the content check of `npm run validate`, run again on every change so a broken file
// prints the same message the build gives. Nothing here stops the server: fix the file and save.
import { spawn } from 'node:child_process'
import { watch } from 'node:fs'
import { join } from 'node:path'

import { siteEnv } from '../../lib/env.mjs'

const contentDir = siteEnv.contentDir
const bin = (name) => `node_modules/.bin/${name}`
const children = []

function start(command, args) {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env })
  children.push(child)
  child.on('exit', (code, signal) => {
    // One side gone (next dev crashed, or was stopped): stop the other too rather than half-serve.
    if (!stopping) stop(code ?? (signal ? 1 : 0))
  })
}

let stopping = false
let timer
function stop(code = 0) {
  stopping = true
  process.exitCode = code
  clearTimeout(timer)
  for (const watcher of watchers) watcher.close()
  for (const child of [...children, checking]) if (child && child.exitCode === null) child.kill('SIGTERM')
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))

let checking = null
let again = false
/** Runs the build's content check; a change during a run asks for one more run after it. */
function check() {
  if (checking) {
    again = true
    return
  }
  checking = spawn(bin('tsx'), ['tools/content/validate.ts'], { stdio: 'inherit', env: process.env })
  checking.on('exit', () => {
    checking = null
    if (again && !stopping) {
      again = false
      check()
    }
  })
}

// The two folders, not a recursive watch: editors save by renaming a temporary file over the old one,
// which Node's recursive watcher on Linux loses track of.
const watchers = ['entries', 'topics'].map((folder) =>
  watch(join(contentDir, folder), () => {
    clearTimeout(timer)
    timer = setTimeout(check, 300)
  }),
)

check()
start(bin('content-collections'), ['watch'])
start(bin('next'), ['dev', ...process.argv.slice(2)])

// `npm run content`, the build's first step: the content check (`npm run validate`) and the content build
// (`content-collections build`) side by side, the check's verdict first. The check names every problem,
// across files too, so when it fails its message is the one a maintainer reads: the build is stopped and
// what it printed is dropped. When the check passes, the build's output follows and its exit code is the
// step's.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { join } from 'node:path'

const ROOT = join(import.meta.dirname, '../..')
const bin = (name) => join(ROOT, 'node_modules', '.bin', name)

const build = spawn(bin('content-collections'), ['build'], { stdio: ['ignore', 'pipe', 'pipe'] })
const printed = { stdout: [], stderr: [] }
build.stdout.on('data', (chunk) => printed.stdout.push(chunk))
build.stderr.on('data', (chunk) => printed.stderr.push(chunk))
const built = once(build, 'close')

const [checkCode] = await once(
  spawn(bin('tsx'), [join(ROOT, 'tools/content/validate.ts')], { stdio: 'inherit' }),
  'close',
)
if (checkCode !== 0) {
  build.kill()
  process.exit(checkCode ?? 1)
}
const [buildCode, buildSignal] = await built
process.stdout.write(Buffer.concat(printed.stdout))
process.stderr.write(Buffer.concat(printed.stderr))
process.exit(buildCode ?? (buildSignal ? 1 : 0))

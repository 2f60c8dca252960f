import { siteEnv } from '../../lib/env.mjs'
import { consoleOutput, readValidContent, runIfMain, type Output } from '../lib/cli'

/** The build's first step (`npm run validate`): every content file checked, every problem named. */
export function runValidate(contentDir: string, io: Output = consoleOutput): number {
  const files = readValidContent(contentDir, 'Content check failed', io)
  if (!files) {
    io.err('\nFix the files above; nothing was built.')
    return 1
  }
  io.out(`Content check passed: ${files.entries.length} entries, ${files.topics.length} topics.`)
  return 0
}

runIfMain(import.meta.url, () => runValidate(siteEnv.contentDir))

import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { entry, linkContentConfig, ROOT, workDirsPerFile } from '../content/hostile.test-support'

const run = promisify(execFile)
const workDir = workDirsPerFile()

/** `npm run content` (tools/site/content.mjs) in `dir`. */
async function contentStep(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const options = { cwd: dir, env: { ...process.env, CONTENT_DIR: 'content' } }
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'tools/site/content.mjs')], options)
    return { code: 0, stdout, stderr }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, stdout, stderr }
  }
}

describe('npm run content: the content check and the content build side by side', () => {
  it("passes with the check's report, then the build's, and leaves the built content", async () => {
    const dir = workDir({})
    linkContentConfig(dir)
    const { code, stdout } = await contentStep(dir)
    expect(code).toBe(0)
    expect(stdout).toMatch(
      /Content check passed: \d+ entries, \d+ topics\.[\s\S]*finished build of 2 collections/,
    )
    expect(existsSync(join(dir, '.content-collections/generated/index.js'))).toBe(true)
  }, 60_000)

  it("fails on a wrong file with the check's message alone, naming the file and the field", async () => {
    const dir = workDir({ 'entries/misfiled.md': entry({ type: 'podcastt' }) })
    linkContentConfig(dir)
    const { code, stdout, stderr } = await contentStep(dir)
    expect(code).toBe(1)
    expect(stderr).toContain('content/entries/misfiled.md: field "type": "podcastt" is not a media type')
    // The build, which refuses the same file in its own words, is stopped and not heard.
    expect(stdout + stderr).not.toMatch(/build started|Validation failed on/)
  }, 60_000)

  it("fails with the build's message when the check passes and the build does not", async () => {
    const dir = workDir({})
    // No configuration beside the content: the build cannot start.
    const { code, stdout, stderr } = await contentStep(dir)
    expect(code).not.toBe(0)
    expect(stdout).toContain('Content check passed')
    expect(stderr).toMatch(/content-collections\.ts/)
  }, 60_000)
})

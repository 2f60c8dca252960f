import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

import { afterAll } from 'vitest'

/**
 * What the hostile-content tests share: a copy of content/ with extra files in a temporary folder, the
 * project's content check run there, and an entry file built from valid fields with some replaced.
 */

export const ROOT = join(import.meta.dirname, '../..')
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name)
const run = promisify(execFile)

/**
 * Call at a test file's top level: each call of the returned function gives a temporary folder holding
 * content/ (a copy of the real one plus `extra` files) and node_modules, removed after the file's tests.
 */
export function workDirsPerFile(): (extra: Record<string, string | Uint8Array>) => string {
  const workDirs: string[] = []
  // Removing some thirty copies of content/ can outlast the default 10 s hook timeout on a loaded machine.
  afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })), 120_000)
  return (extra) => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-content-'))
    workDirs.push(dir)
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'))
    for (const [path, bytes] of Object.entries(extra)) writeFileSync(join(dir, 'content', path), bytes)
    return dir
  }
}

/** Links the project's content build configuration into `dir`, where the build writes .content-collections/. */
export function linkContentConfig(dir: string) {
  symlinkSync(join(ROOT, 'content-collections.ts'), join(dir, 'content-collections.ts'))
}

/** The site's content build (`content-collections build`) in `dir`, with the project's own configuration. */
export async function buildContent(dir: string): Promise<{ code: number; output: string }> {
  linkContentConfig(dir)
  const options = { cwd: dir, env: { ...process.env, CONTENT_DIR: 'content' } }
  try {
    const { stdout, stderr } = await run(bin('content-collections'), ['build'], options)
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string }
    return { code: failure.code, output: failure.stdout + failure.stderr }
  }
}

export async function validate(dir: string): Promise<{ code: number; problems: string[] }> {
  const options = { cwd: dir, env: { ...process.env, CONTENT_DIR: 'content' } }
  try {
    await run(bin('tsx'), [join(ROOT, 'tools/content/validate.ts')], options)
    return { code: 0, problems: [] }
  } catch (error) {
    const failure = error as { code: number; stderr: string }
    const problems = failure.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim())
    return { code: failure.code, problems }
  }
}

const VALID: Record<string, string> = {
  title: '"A hostile entry"',
  url: 'https://hostile.example.org/',
  type: 'article',
  topics: '[caching]',
  added: '2026-11-25',
  sources: '[https://hostile.example.org/]',
  verified: '2026-11-25',
}

export function entry(fields: Record<string, string | undefined> = {}, body = 'A description.'): string {
  const lines = Object.entries({ ...VALID, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`
}

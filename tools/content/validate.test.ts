import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

const made: string[] = []
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** Runs the build's first step against a copy of the real content plus one extra file. */
function validateWith(extra: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'))
  made.push(dir)
  cpSync('content', dir, { recursive: true })
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(dir, path), text)
  return validateIn(dir)
}

function validateIn(contentDir: string) {
  return spawnSync('npx', ['tsx', 'tools/content/validate.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  })
}

// Each test starts `npx tsx`, which can outlast vitest's default 5 s on a loaded machine.
describe('the build step that checks content', { timeout: 60_000 }, () => {
  it('passes on the real content', () => {
    const result = validateWith({})
    expect(result.stdout).toMatch(/Content check passed/)
    expect(result.status).toBe(0)
  })

  it('exits non-zero and names the file and field of a bad entry', () => {
    const result = validateWith({
      'entries/bad-type.md':
        '---\ntitle: "X"\nurl: https://example.org/x\ntype: podcast\ntopics: [caching]\nadded: 2026-11-25\n---\n',
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/entries\/bad-type\.md: field "type": "podcast" is not a media type/)
  })

  it('exits non-zero, naming the folder, when CONTENT_DIR is mistyped (not "0 entries" and a build)', () => {
    const result = validateIn('contnet')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('contnet/ is not a folder')
    expect(result.stdout).not.toMatch(/passed/)
  })

  it('reads an empty CONTENT_DIR as content/, as the site build does', () => {
    const result = validateIn('')
    expect(result.stdout).toMatch(/Content check passed: [1-9]\d* entries/)
    expect(result.status).toBe(0)
  })
})

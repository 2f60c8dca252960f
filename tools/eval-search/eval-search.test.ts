import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import type { EvaluatedEngine } from './engines'
import { EVALUATION_SET } from './evaluation-set'
import { runEvalSearch } from './eval-search'
import { captureOutput, tempContent } from '../lib/content.test-support'

// Two stand-in engines with known figures: one finds nothing, one returns each query's answers.
const finder = (name: string, find: (query: string) => string[]): EvaluatedEngine => ({
  name,
  settings: [{}],
  create: () => ({ find: (query) => ({ ranked: find(query), answered: find(query).length > 0 }) }),
})
const blind = finder('blind', () => [])
const oracle = finder('oracle', (query) => EVALUATION_SET.find((q) => q.query === query)?.answers ?? [])

const dir = mkdtempSync(join(tmpdir(), 'ads-eval-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('npm run eval:search', () => {
  it('answers --help with its usage and runs nothing', () => {
    const io = captureOutput()
    expect(runEvalSearch(['--help'], io, [blind])).toBe(0)
    expect(io.stdout()).toContain('Usage: npm run eval:search')
    expect(io.stdout()).not.toContain('Success@3  MRR@10')
  })

  it('prints each engine’s figures and failing queries, and exits 0 without a threshold', () => {
    const io = captureOutput()
    expect(runEvalSearch(['--large', '0'], io, [blind, oracle])).toBe(0)
    const table = io.stdout()
    const answerable = EVALUATION_SET.filter((query) => query.answers.length > 0).length
    // Success@3 and declined for all queries, the tuning part and the held-out part, then MRR@10.
    expect(table).toMatch(/^blind\s+0\.000\s+1\.000\s+0\.000\s+1\.000\s+0\.000\s+1\.000\s+0\.000\s/m)
    expect(table).toMatch(/^oracle\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s+1\.000\s/m)
    expect(table).toContain(`Failing queries, blind: ${answerable} of ${EVALUATION_SET.length}`)
    expect(table).toMatch(
      /"bulk insert" \[multi-word(, held out)?\]\n {6}expected: django-bulk-load\n {6}no result/,
    )
    const alone = captureOutput()
    runEvalSearch(['--large', '0'], alone, [oracle])
    expect(alone.stdout()).toContain(`Failing queries, oracle: 0 of ${EVALUATION_SET.length}`)
  })

  it('runs only the engines named with --engine', () => {
    const io = captureOutput()
    expect(runEvalSearch(['--engine', 'oracle', '--large', '0'], io, [blind, oracle])).toBe(0)
    expect(io.stdout()).not.toMatch(/^blind/m)
  })

  it('exits 1 when an engine falls below --min-success, naming it', () => {
    const io = captureOutput()
    expect(runEvalSearch(['--min-success', '0.95', '--large', '0'], io, [blind, oracle])).toBe(1)
    expect(io.stderr()).toContain('blind: Success@3 0.000 is below --min-success 0.95')
    expect(io.stderr()).not.toContain('oracle:')
    expect(runEvalSearch(['--min-success', '1', '--large', '0'], captureOutput(), [oracle])).toBe(0)
  })

  it('writes the figures and per-query details with --json', () => {
    const file = join(dir, 'eval.json')
    expect(runEvalSearch(['--json', file, '--large', '0'], captureOutput(), [oracle])).toBe(0)
    const report = JSON.parse(readFileSync(file, 'utf8'))
    expect(report.queries).toBe(EVALUATION_SET.length)
    expect(report.evaluations[0].all.successAt3).toBe(1)
    expect(report.evaluations[0].outcomes).toHaveLength(EVALUATION_SET.length)
  })

  it('refuses a bad threshold or an unknown engine with a usage error', () => {
    const io = captureOutput()
    expect(runEvalSearch(['--min-success', 'most'], io, [oracle])).toBe(2)
    expect(runEvalSearch(['--engine', 'nope'], io, [oracle])).toBe(2)
    expect(runEvalSearch(['--large', 'lots'], io, [oracle])).toBe(2)
    expect(io.stderr()).toContain('--min-success must be a number from 0 to 1, got "most"')
    expect(io.stderr()).toContain('Unknown engine: nope')
    expect(io.stderr()).toContain('--large must be a whole number, got "lots"')
  })

  it('stops when the content folder lacks an entry the set names', () => {
    const content = tempContent()
    try {
      const io = captureOutput()
      expect(runEvalSearch(['--content', content.dir, '--large', '0'], io, [oracle])).toBe(1)
      expect(io.stderr()).toContain('bulk insert → django-bulk-load')
    } finally {
      content.cleanup()
    }
  })
})

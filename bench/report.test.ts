import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { renderReport, REPORT_FILE, RESULTS_FILE, siteRows, type BenchResults } from './report'

const results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as BenchResults

describe('the bench report', () => {
  it('docs/performance.md is bench/results.json rendered (npm run bench:report writes it again)', async () => {
    expect(readFileSync(REPORT_FILE, 'utf8')).toBe(await renderReport(results))
  })

  it('shows a failed build as such, a figure not measured (NaN, null in the file) as a dash', async () => {
    const [first] = results.sizes
    if (!first?.files) throw new Error('bench/results.json has no file figures')
    const files = { ...first.files, homeJsRatio: null as unknown as number, topicHtml: null }
    const rows = siteRows([{ size: 10, buildError: 'next exited with 1', engines: {}, notes: [] }])
    expect(rows.map((row) => row[1])).toEqual(rows.map(() => 'build failed'))
    const measured = siteRows([{ size: 10, engines: {}, notes: [], files }])
    const cell = (label: string) => measured.find((row) => row[0]?.startsWith(label))?.[1]
    const home = first.files.homeHtml
    if (!home) throw new Error('bench/results.json has no home page weight')
    const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
    expect([cell('home JS ÷'), cell('topic page'), cell('build:'), cell('home HTML')]).toEqual([
      '–',
      '–',
      '–',
      `${kB(home.gzip)} (${kB(home.raw)})`,
    ])
    const failed = {
      ...results,
      sizes: [{ size: 10, buildError: 'next exited with 1', engines: {}, notes: [] }],
    }
    expect(await renderReport(failed)).toContain('- 10: build failed: next exited with 1')
  })
})

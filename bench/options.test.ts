import { describe, expect, it } from 'vitest'

import { readOptions, USAGE } from './options'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err }
}

describe('readOptions', () => {
  it('answers --help with the usage text and exit code 0', () => {
    const { io, out } = capture()
    expect(readOptions(['--help'], io)).toBe(0)
    expect(out).toEqual([USAGE])
  })

  it('reads a quick run: one size, one run, typing only, two engines', () => {
    const options = readOptions([
      '--sizes',
      '1_000',
      '--runs',
      '1',
      '--only',
      'typing',
      '--engines',
      'floor,ours',
    ])
    expect(options).toMatchObject({ sizes: [1000], runs: 1, engines: ['floor', 'ours'] })
    expect(typeof options === 'object' && [...options.phases]).toEqual(['typing'])
  })

  it('runs every phase and engine by default, with the defaults that --help names', () => {
    const all = readOptions([])
    expect(typeof all === 'object' && [...all.phases]).toEqual(['build', 'files', 'typing'])
    expect(all).toMatchObject({
      sizes: [1000, 10000],
      runs: 3,
      buildRuns: 1,
      engines: ['floor', 'ours', 'pagefind'],
    })
    expect(USAGE).toContain('--sizes 1000,10000')
    expect(USAGE).toContain('--time-limit 1500')
    const measureAgain = readOptions(['--only', 'files, typing'])
    expect(typeof measureAgain === 'object' && [...measureAgain.phases]).toEqual(['files', 'typing'])
  })

  it('rejects unknown flags, unknown phases and sizes that are not whole numbers, with exit code 2', () => {
    for (const argv of [
      ['--size', '10'],
      ['--only', 'typing,speed'],
      ['--sizes', '1e3.5'],
      ['--runs', '0'],
    ]) {
      const { io, err } = capture()
      expect(readOptions(argv, io), argv.join(' ')).toBe(2)
      expect(err.join('\n')).toContain('Usage: npm run bench')
    }
  })
})

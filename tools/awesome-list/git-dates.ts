import { execFileSync } from 'node:child_process'
import { realpathSync } from 'node:fs'

import { comparableUrl } from '../content/content-rules'

const README = 'README.md'

function git(dir: string, args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
}

/** True when `dir` is the top folder of a git work tree (not a folder inside another repository). */
export function isRepositoryRoot(dir: string): boolean {
  try {
    return realpathSync(git(dir, ['rev-parse', '--show-toplevel']).trim()) === realpathSync(dir)
  } catch {
    return false
  }
}

/**
 * README.md as committed at HEAD, and for each URL (by comparableUrl) the author date, YYYY-MM-DD, of
 * the first commit whose README listed it: one `git log -p` over the README's history, oldest first.
 */
export function readListFromGit(dir: string) {
  const markdown = git(dir, ['show', `HEAD:${README}`])
  const log = git(dir, [
    'log',
    '--reverse',
    '--no-color',
    '--no-ext-diff',
    '--format=%x00%ad',
    '--date=short',
    '-p',
    '-U0',
    '--',
    README,
  ])
  const firstListed = new Map<string, string>()
  for (const commit of log.split('\0').slice(1)) {
    const [date = '', ...lines] = commit.split('\n')
    for (const line of lines) {
      if (!line.startsWith('+') || line.startsWith('+++')) continue
      for (const url of urlsIn(line)) {
        const known = firstListed.get(url)
        if (known === undefined || date < known) firstListed.set(url, date)
      }
    }
  }
  return { markdown, firstListed }
}

/** The http(s) URLs of a markdown line, compared as the content rules compare them. */
function urlsIn(line: string): string[] {
  const urls: string[] = []
  for (const match of line.matchAll(/https?:\/\/[^\s)>\]]+/gi)) {
    try {
      urls.push(comparableUrl(match[0]))
    } catch {
      // Not a URL after all.
    }
  }
  return urls
}

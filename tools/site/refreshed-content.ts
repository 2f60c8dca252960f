// The weekly refresh, rehearsed: a copy of content/ refreshed from a loopback stand-in for PyPI and GitHub
// that answers every package and repository with new figures. `npm test` builds the base-path site from
// that copy and runs the signal and Django browser tests on it, so a refresh pull request that changes
// the figures is checked the way the suite checks the catalogue as it is.
import { cpSync, rmSync } from 'node:fs'

import { REFRESHED_CONTENT } from './base-path-build.mjs'
import { consoleOutput, readValidContent } from '../lib/cli'
import { githubJson, pypiJson, startApiStandIn } from '../refresh/api-stand-in.test-support'
import { runRefresh } from '../refresh/refresh'
import { targetOf } from '../refresh/targets'

const DAY_MS = 86_400_000
/** Django classifiers and requirements the stand-in's releases declare, in turn. */
const DECLARATIONS: { classifiers: string[]; requires: string[] | null }[] = [
  {
    classifiers: ['Framework :: Django', 'Framework :: Django :: 5.2', 'Framework :: Django :: 6.0'],
    requires: ['Django>=4.2'],
  },
  { classifiers: ['Framework :: Django'], requires: ['Django<6,>=4.2'] },
  { classifiers: [], requires: null },
]

/** A day `index * 41` days before today: a spread from this week to years ago. */
const daysAgo = (index: number) => new Date(Date.now() - index * 41 * DAY_MS).toISOString()

async function rehearse(): Promise<number> {
  rmSync(REFRESHED_CONTENT, { recursive: true, force: true })
  cpSync('content', REFRESHED_CONTENT, { recursive: true })
  const content = readValidContent(REFRESHED_CONTENT, 'Cannot rehearse the refresh', consoleOutput)
  if (!content) return 1
  const standIn = await startApiStandIn()
  try {
    const targets = content.entries.map(targetOf)
    targets.forEach((target, index) => {
      const declaration = DECLARATIONS[index % DECLARATIONS.length]!
      if (target.pypi)
        standIn.on(
          `/pypi/${target.pypi}/json`,
          // Every status PyPI answers: most packages have a new release; every seventh is gone (404).
          index % 7 === 6
            ? { status: 404, json: { message: 'Not Found' } }
            : {
                status: 200,
                json: pypiJson(
                  target.pypi,
                  `${index}.0.0`,
                  daysAgo(index),
                  declaration.classifiers,
                  declaration.requires,
                ),
              },
        )
      if (target.github)
        standIn.on(`/repos/${target.github}`, {
          status: 200,
          json: githubJson(1000 + index, daysAgo(index + 3), { archived: index % 11 === 10 }),
        })
    })
    return await runRefresh(['--content', REFRESHED_CONTENT, '--retry-delay', '0'], consoleOutput, {
      PYPI_URL: standIn.base,
      GITHUB_API_URL: standIn.base,
    })
  } finally {
    await standIn.close()
  }
}

process.exitCode = await rehearse()

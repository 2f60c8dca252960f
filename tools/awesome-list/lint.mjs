// `npm run lint:awesome [-- file.md]`: awesome-lint on AWESOME.md, offline. Every awesome-lint rule runs
// except awesome-github, which needs the list's GitHub remote (and the GitHub API) to check anything.
// Errors fail the run; warnings (the spelling rules) are printed.
import { relative } from 'node:path'

import awesomeLint from 'awesome-lint/index.js'
import { createConfig } from 'awesome-lint/config.js'
import { createRules } from 'awesome-lint/rules/index.js'

const SKIPPED_RULE = 'remark-lint:awesome-github'

const filename = process.argv[2] ?? 'AWESOME.md'
const rules = createRules().filter(([rule]) => rule.name !== SKIPPED_RULE)
const files = await awesomeLint({ filename, config: createConfig(rules) })

let errors = 0
let warnings = 0
for (const file of files) {
  for (const message of file.messages) {
    const isError = message.fatal === true
    if (isError) errors++
    else warnings++
    const where = `${relative(process.cwd(), file.path)}:${message.line ?? 1}:${message.column ?? 1}`
    console.log(`${isError ? 'error' : 'warning'}  ${where}  ${message.reason}  (${message.ruleId})`)
  }
}
console.log(
  `awesome-lint ${filename}: ${errors} error(s), ${warnings} warning(s); ${SKIPPED_RULE.replace('remark-lint:', '')} not run (needs a GitHub remote).`,
)
process.exitCode = errors > 0 ? 1 : 0

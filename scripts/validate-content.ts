import { readContentFiles } from '../lib/tooling/content-files'
import { formatProblem, validateContent } from '../lib/tooling/content-rules'

const contentDir = process.env.CONTENT_DIR ?? 'content'
const files = readContentFiles(contentDir)
const problems = validateContent(files)

if (problems.length > 0) {
  console.error(`Content check failed: ${problems.length} problem(s) in ${contentDir}/\n`)
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
  console.error('\nFix the files above; nothing was built.')
  process.exit(1)
}
console.log(`Content check passed: ${files.entries.length} entries, ${files.topics.length} topics.`)

// `npm run size`: the page weights of the site in out/ (build it first), as the bench measures them.
import { measureFiles } from './measure-files'
import { siteRows } from './report'

const files = measureFiles(process.env.OUT_DIR ?? 'out')
const rows = siteRows([{ size: 0, engines: {}, notes: [], files }])
for (const [label, value] of rows.filter(([, value]) => value !== '–')) console.log(`${label}: ${value}`)
for (const note of files.notes) console.log(`note: ${note}`)

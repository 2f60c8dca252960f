// `npm run size`: the page weights of the site in out/ (build it first), as the bench measures them.
import { measureFiles } from './measure-files'

const figures = measureFiles(process.env.OUT_DIR ?? 'out')
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
console.log(`pages (.html): ${figures.pages}`)
console.log(`out/: ${(figures.outBytes / 1e6).toFixed(1)} MB`)
console.log(`home HTML: ${kB(figures.homeHtml.gzip)} gzip (${kB(figures.homeHtml.raw)})`)
console.log(`home JS: ${kB(figures.homeJs.gzip)} gzip in ${figures.homeJs.files} files`)
console.log(`bare page JS: ${kB(figures.bareJs.gzip)} gzip; home ÷ bare = ${figures.homeJsRatio.toFixed(3)}`)
console.log(
  `search data before search works: ${kB(figures.searchData.gzip)} gzip (${kB(figures.searchData.raw)})`,
)

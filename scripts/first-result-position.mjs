// `node scripts/first-result-position.mjs`: where the first search result starts on shared search links,
// at a phone's and a laptop's size, measured on the built site (out/) in Chromium.
import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../e2e/chromium-path.mjs'
import { startStaticServer } from './start-server.mjs'

const port = Number(process.env.MEASURE_PORT ?? 4191)
const origin = `http://127.0.0.1:${port}`
const PATHS = ['/?q=celery', '/topics/caching/?q=redis', '/types/video/?q=django']
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]

const server = await startStaticServer(port)
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS })
try {
  for (const viewport of VIEWPORTS) {
    for (const path of PATHS) {
      const page = await browser.newPage({ viewport })
      await page.goto(`${origin}${path}`)
      const first = page.getByTestId('results').locator('article').first()
      await first.waitFor()
      const box = await first.boundingBox()
      const y = Math.round(box?.y ?? NaN)
      console.log(
        `${viewport.width}×${viewport.height}  ${path.padEnd(26)} first result at y=${y} (${y < viewport.height ? 'inside' : 'below'} the first screen)`,
      )
      await page.close()
    }
  }
} finally {
  await browser.close()
  server.kill()
}

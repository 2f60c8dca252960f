// `npm run screenshots`: photographs the built site (out/) for the README, in Chromium.
// `npm run screenshots -- compare phone` takes only the shots named.
import { mkdirSync } from 'node:fs'

import { chromium } from '@playwright/test'

import { CHROMIUM_ARGS, findChromium } from '../lib/chromium.mjs'
import { startStaticServer } from '../lib/start-server.mjs'

const port = Number(process.env.SCREENSHOT_PORT ?? 4190)
const origin = `http://127.0.0.1:${port}`
const folder = 'docs/screenshots'

const DESKTOP = { width: 1280, height: 900 }
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 }
/**
 * What to photograph: a page, the viewport, and what to wait for (`ready`: the search box by default,
 * ready for typing).
 */
const SHOTS = [
  { name: 'home', path: '/', viewport: DESKTOP },
  { name: 'search-with-filters', path: '/?q=django&topic=case-studies&type=video', viewport: DESKTOP },
  { name: 'topic', path: '/topics/caching/', viewport: DESKTOP },
  { name: 'phone', path: '/', ...PHONE },
  { name: 'phone-shared-search', path: '/topics/caching/?q=redis', ...PHONE },
  {
    name: 'empty-with-suggestions',
    path: '/?q=emyre&type=video',
    viewport: { width: 1280, height: 800 },
    waitFor: '[data-testid="empty-results"]',
  },
  { name: 'phone-dark', path: '/?q=cache&type=repository', ...PHONE, colorScheme: 'dark' },
  {
    name: 'compare',
    path: '/compare/?e=django-cachalot,django-cacheops,django-cache-machine,django-ormcache',
    viewport: { width: 1280, height: 1000 },
    ready: '[data-compare-table]',
  },
]

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !SHOTS.some((shot) => shot.name === name))
if (unknown.length > 0) {
  console.error(
    `No shot named ${unknown.join(', ')}; the shots are ${SHOTS.map((shot) => shot.name).join(', ')}.`,
  )
  process.exit(1)
}
const shots = wanted.length > 0 ? SHOTS.filter((shot) => wanted.includes(shot.name)) : SHOTS

const { server } = await startStaticServer(port)

const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
})
try {
  mkdirSync(folder, { recursive: true })
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: shot.viewport,
      deviceScaleFactor: shot.deviceScaleFactor ?? 1,
      colorScheme: shot.colorScheme ?? 'light',
    })
    await page.goto(`${origin}${shot.path}`)
    await page.locator(shot.ready ?? 'form[role="search"][data-ready="true"]').waitFor()
    if (shot.waitFor) await page.locator(shot.waitFor).waitFor()
    else if (shot.path.includes('?') && !shot.ready) await page.getByTestId('results').waitFor()
    await page.screenshot({ path: `${folder}/${shot.name}.png` })
    console.log(`${folder}/${shot.name}.png`)
    await page.close()
  }
} finally {
  await browser.close()
  server.kill()
}

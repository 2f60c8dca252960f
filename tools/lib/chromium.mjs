// Finds a Chromium for the browser tests: an explicit path, Debian's package, or Playwright's own.
import { existsSync } from 'node:fs'

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]

/** Flags for a headless Chromium on a locked-down machine: no sandbox as root, no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

const HOW_TO_GET_CHROMIUM = [
  'No Chromium was found for the browser tests. Any one of these works:',
  '  • Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  • an existing browser:  CHROMIUM_PATH=/path/to/chrome npm test',
  '  • Playwright’s own build (needs internet):  npx playwright install chromium',
].join('\n')

/** @returns {string | undefined} a path to a Chromium binary, or undefined to use Playwright's own. */
export async function findChromium() {
  const found = CANDIDATES.find((path) => path && existsSync(path))
  if (found) return found
  const { chromium } = await import('@playwright/test')
  if (existsSync(chromium.executablePath())) return undefined
  throw new Error(HOW_TO_GET_CHROMIUM)
}

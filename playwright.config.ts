import { existsSync } from 'node:fs'

import { defineConfig, devices } from '@playwright/test'

import { BASE_PATH_BUILD, BASE_PATH_OUT } from './tools/site/base-path-build.mjs'
import { CHROMIUM_ARGS, findChromium } from './tools/lib/chromium.mjs'
import { IMPORTED_OUT } from './tools/site/imported-list.mjs'
import { LARGE_OUT } from './tools/site/large-catalogue.mjs'

const port = Number(process.env.E2E_PORT ?? 4173)
const basePathPort = port + 1
const largePort = port + 2
const importedPort = port + 3
const executablePath = await findChromium()
// `npm test` builds the base-path copy; a bare `npx playwright test` runs without it.
const withBasePath = existsSync(BASE_PATH_OUT)
// Likewise the build of a large made-up catalogue (tools/site/large-catalogue.mjs).
const withLarge = existsSync(LARGE_OUT)
// And the build of a real awesome list imported into an empty catalogue (tools/site/imported-list.mjs).
const withImported = existsSync(IMPORTED_OUT)

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath,
    args: CHROMIUM_ARGS,
  },
}

const server = (listenPort: number, env: Record<string, string> = {}) => ({
  command: 'node tools/site/serve.mjs',
  url: `http://127.0.0.1:${listenPort}${env.BASE_PATH ?? ''}/`,
  env: { PORT: String(listenPort), HOST: '127.0.0.1', ...env },
  reuseExistingServer: false,
  timeout: 30_000,
})

/** The project of the specs that run against their own build, served on its own port. */
const extraBuild = (name: string, listenPort: number, basePath = '', alsoRuns: string[] = []) => ({
  name,
  testMatch: new RegExp(`(${[name, ...alsoRuns].join('|')})\\.spec\\.ts`),
  use: { ...chromium, baseURL: `http://127.0.0.1:${listenPort}${basePath}/` },
})

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: /(base-path|large-catalogue|imported-list)\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${port}/` },
    },
    // The base-path build is made from content/ after a rehearsed weekly refresh: the signals and Django
    // tests run there too, reading their expectations from what that build holds.
    ...(withBasePath
      ? [extraBuild('base-path', basePathPort, BASE_PATH_BUILD.BASE_PATH, ['signals', 'django'])]
      : []),
    ...(withLarge ? [extraBuild('large-catalogue', largePort)] : []),
    ...(withImported ? [extraBuild('imported-list', importedPort)] : []),
  ],
  webServer: [
    server(port),
    ...(withBasePath ? [server(basePathPort, { ...BASE_PATH_BUILD, OUT_DIR: BASE_PATH_OUT })] : []),
    ...(withLarge ? [server(largePort, { OUT_DIR: LARGE_OUT })] : []),
    ...(withImported ? [server(importedPort, { OUT_DIR: IMPORTED_OUT })] : []),
  ],
})

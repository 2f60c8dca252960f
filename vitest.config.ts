import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      'content-collections': fileURLToPath(new URL('./.content-collections/generated', import.meta.url)),
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Unit tests run outside React's server environment; the guard matters only to the Next build.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tools/**/*.test.ts', 'bench/**/*.test.ts', 'hooks/**/*.test.ts'],
    exclude: ['bench/work/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['tools/site/vitest-global-setup.mjs'],
  },
})

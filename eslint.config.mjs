import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

/** What a folder may not import: the rules of the house, checked on every `npm test`. */
const forbid = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
})

const NODE_MODULES = ['node:*', 'fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'zlib']
const TOOLS_AND_BENCH = ['**/tools/**', '**/bench/**', '**/e2e/**']

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.content-collections/**',
      '.next/**',
      'out/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench/work/**',
      'test-results/**',
      'playwright-report/**',
      '.e2e/**',
    ],
  },
  { rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] } },
  forbid(
    ['components/**', 'hooks/**'],
    ['**/lib/content/**', 'content-collections', ...TOOLS_AND_BENCH],
    'Components and hooks get their data from the page: no catalogue, tool or bench module.',
  ),
  forbid(
    ['app/**', 'lib/**'],
    TOOLS_AND_BENCH,
    'The site never imports the maintainer’s tools, the bench or the browser tests.',
  ),
  forbid(
    ['lib/search/**', 'lib/schema/**', 'lib/signals/**', 'lib/compare/**'],
    [...NODE_MODULES, '**/lib/content/**', 'content-collections', ...TOOLS_AND_BENCH],
    'Shared by the browser and the build: no Node module and no catalogue.',
  ),
]

export default eslintConfig

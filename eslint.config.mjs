import nextCoreWebVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const eslintConfig = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [
      '.contentlayer/**',
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
]

export default eslintConfig

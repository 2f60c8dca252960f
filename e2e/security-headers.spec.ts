import { createHash } from 'node:crypto'

import { first, loadCatalog, type Catalog } from './catalog'
import { expect, resultCard, resultTitles, searchBox, test, waitForHydration } from './fixtures'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

const PAGES: { name: string; path: (catalog: Catalog) => string }[] = [
  { name: 'the home page', path: () => './' },
  { name: 'a topic page', path: (catalog) => `topics/${catalog.topicsBySize()[0]!.slug}/` },
  { name: 'an entry page', path: (catalog) => `entries/${catalog.entries[0]!.slug}/` },
]

for (const { name, path } of PAGES) {
  test(`${name} is served with the security headers and a policy allowing only its own inline scripts`, async ({
    page,
  }) => {
    const response = await page.request.get(path(await loadCatalog(page)))
    const headers = response.headers()
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    const policy = headers['content-security-policy'] ?? ''
    for (const directive of [
      "default-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ])
      expect(policy).toContain(`${directive}`)
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')

    const html = await response.text()
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? '',
    )
    expect(inline.length).toBeGreaterThan(0)
    const scriptSources = policy.split('; ').find((directive) => directive.startsWith('script-src ')) ?? ''
    expect(scriptSources.split(' ').toSorted()).toEqual(
      ['script-src', "'self'", ...new Set(inline.map(sha256))].toSorted(),
    )
  })
}

test('other files get the common headers, and _headers itself is not served', async ({ page }) => {
  const data = await page.request.get('search-index.json')
  expect(data.headers()['x-content-type-options']).toBe('nosniff')
  expect((await page.request.get('_headers')).status()).toBe(404)
})

test('under the policy the site works: no violation while searching, and injected script is refused', async ({
  page,
  problems,
}) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { violations: string[] }).violations = seen
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    )
  })
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations)
  const { entry, word } = first((await loadCatalog(page)).uniqueTitleWords(), 'a title word of its own')
  const topic = entry.topics[0]!
  await page.goto('./')
  await waitForHydration(page)
  await searchBox(page).fill(word)
  await expect(resultTitles(page)).toHaveText([entry.title])
  await resultCard(page, entry.slug).getByRole('link', { name: topic.title, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title)
  expect(await violations()).toEqual([])

  // The policy is really enforced: an inline script that is not Next's own does not run.
  await page.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.injected = true'
    document.body.append(script)
  })
  await expect.poll(violations).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)])
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined()
  // The browser reports the refusal as a console error: expected here, so it is taken off the list.
  const refusal = problems.findIndex((problem) => problem.includes('Content Security Policy'))
  expect(refusal).toBeGreaterThanOrEqual(0)
  problems.splice(refusal, 1)
})

test('search data and scripts are served precompressed, Brotli or gzip as asked, the same bytes either way', async ({
  page,
}) => {
  const plain = await page.request.get('search-index.json', { headers: { 'Accept-Encoding': 'identity' } })
  expect(plain.headers()['content-encoding']).toBeUndefined()
  for (const encoding of ['br', 'gzip']) {
    const response = await page.request.get('search-index.json', { headers: { 'Accept-Encoding': encoding } })
    expect(response.headers()['content-encoding']).toBe(encoding)
    expect(response.headers()['vary']).toContain('Accept-Encoding')
    expect(response.headers()['x-content-type-options']).toBe('nosniff')
    expect(await response.json()).toEqual(await plain.json())
  }
})

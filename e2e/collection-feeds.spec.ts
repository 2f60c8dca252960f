import { loadCatalog } from './catalog'
import { expect, test } from './fixtures'

/** Every topic and media type has an Atom and a JSON feed listing exactly its own entries. */
/** lib/content/feeds.ts FEED_SIZE: a feed carries the newest this many. */
const FEED_SIZE = 50

/** The feed's entries are the collection's, all of them up to FEED_SIZE. */
function expectListsExactly(found: string[], members: string[], where: string) {
  if (members.length <= FEED_SIZE) expect(found.toSorted(), where).toEqual(members.toSorted())
  else {
    expect(found, where).toHaveLength(FEED_SIZE)
    expect(members, where).toEqual(expect.arrayContaining(found))
  }
}

test('each topic and media type feed lists exactly its entries, in both formats', async ({ page }) => {
  const catalog = await loadCatalog(page)
  const collections = [
    ...catalog.topics.map((topic) => ({
      path: `topics/${topic.slug}/`,
      members: catalog.inTopic(topic.slug),
    })),
    ...catalog.typesBySize().map((type) => ({ path: `types/${type}/`, members: catalog.ofType(type) })),
  ]
  expect(catalog.topics.length, 'the catalogue has topics').toBeGreaterThan(0)
  for (const { path, members } of collections) {
    const expected = members.map((entry) => `/entries/${entry.slug}/`)
    const json = await page.request.get(`${path}feed.json`)
    expect(json.ok(), `${path}feed.json`).toBe(true)
    const feed = (await json.json()) as { feed_url: string; items: { id: string }[] }
    expect(feed.feed_url, path).toMatch(new RegExp(`/${path}feed\\.json$`))
    const items = feed.items.map((item) => new URL(item.id).pathname)
    expectListsExactly(items, expected, `${path}feed.json`)

    const atom = await page.request.get(`${path}feed.xml`)
    expect(atom.ok(), `${path}feed.xml`).toBe(true)
    const ids = [...(await atom.text()).matchAll(/<entry>\s*<title[^>]*>[\s\S]*?<id>([^<]+)<\/id>/g)].map(
      (match) => new URL(match[1]!).pathname,
    )
    expectListsExactly(ids, expected, `${path}feed.xml`)
  }
})

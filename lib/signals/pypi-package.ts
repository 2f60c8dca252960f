/**
 * Which entries are Python packages, and which: the one rule the refresh (what to ask PyPI about) and the
 * site (which entries a Django series page lists) share. Browser-safe.
 */

/** The project name in a pypi.org/project/<name>/ URL. */
export function pypiNameOfUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined
  const { hostname, pathname } = new URL(url)
  if (hostname !== 'pypi.org' && hostname !== 'www.pypi.org') return undefined
  return /^\/project\/([A-Za-z0-9._-]+)\/?/.exec(pathname)?.[1]
}

/** An entry's PyPI package: its `package` field, or the project its pypi.org URL names. */
export function pypiPackageOf(entry: { package?: string; url: string }): string | undefined {
  return entry.package ?? pypiNameOfUrl(entry.url)
}

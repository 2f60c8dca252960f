/**
 * Which entries are Python packages, and which: the one rule the refresh (what to ask PyPI about) and the
 * site (which entries a Django series page lists) share. Browser-safe.
 */

/** The project name in a pypi.org/project/<name>/ URL. */
export function pypiNameOfUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url)
    if (parsed.hostname !== 'pypi.org' && parsed.hostname !== 'www.pypi.org') return undefined
    const match = /^\/project\/([A-Za-z0-9._-]+)\/?/.exec(parsed.pathname)
    return match?.[1]
  } catch {
    return undefined
  }
}

/** An entry's PyPI package: its `package` field, or the project its pypi.org URL names. */
export function pypiPackageOf(entry: { package?: string; url: string }): string | undefined {
  return entry.package ?? pypiNameOfUrl(entry.url)
}

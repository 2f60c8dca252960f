import type { MediaType } from '../../lib/schema/media-types'

/**
 * Hosts whose pages are one kind of resource: code hosts and package indexes hold software, video sites
 * videos, podcast directories audio, technical publishers books.
 */
const TYPE_OF_HOST: Record<string, MediaType> = {
  'github.com': 'repository',
  'gitlab.com': 'repository',
  'bitbucket.org': 'repository',
  'codeberg.org': 'repository',
  'sr.ht': 'repository',
  'sourceforge.net': 'repository',
  'pypi.org': 'repository',
  'npmjs.com': 'repository',
  'crates.io': 'repository',
  'rubygems.org': 'repository',
  'packagist.org': 'repository',
  'pkg.go.dev': 'repository',
  'youtube.com': 'video',
  'youtu.be': 'video',
  'vimeo.com': 'video',
  'pyvideo.org': 'video',
  'podcasts.apple.com': 'audio',
  'overcast.fm': 'audio',
  'pca.st': 'audio',
  'leanpub.com': 'book',
  'manning.com': 'book',
  'pragprog.com': 'book',
  'nostarch.com': 'book',
}

/**
 * A video or podcast host is sure of its media type: a YouTube link under "Tutorials" is still a video.
 * A code host is not (a README can be an article), so a heading's word goes first there.
 */
export function isSureOfType(type: MediaType): boolean {
  return type === 'video' || type === 'audio'
}

/** The media type a URL's host implies, or null when the host says nothing. */
export function mediaTypeOfUrl(url: string): MediaType | null {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  for (let name = host; name.includes('.'); name = name.slice(name.indexOf('.') + 1)) {
    const type = TYPE_OF_HOST[name]
    if (type) return type
  }
  return null
}

import type { ComponentProps } from 'react'

import { withBasePath } from '@/lib/base-path'

type Props = Omit<ComponentProps<'a'>, 'href'> & {
  /** A path of this site without the base path: a permalink. */
  href: string
}

/**
 * A link to a page of this site: a plain <a>, followed by a full page load. Next's client router would
 * need a payload file per route to navigate with, which the build leaves out
 * (tools/site/static-export-adapter.mjs), and most pages carry no script at all.
 */
export function SiteLink({ href, ...props }: Props) {
  return <a href={withBasePath(href)} {...props} />
}

/** A SiteLink for a path of this site, a plain <a> for an address elsewhere. */
export function AnyLink(props: Props) {
  return props.href.startsWith('/') ? <SiteLink {...props} /> : <a {...props} />
}

import 'server-only'

import { ImageResponse } from 'next/og'

import { OG_IMAGE_SIZE, site } from '../site'

/** A social card drawn at build time with the font that ships inside next/og: no network needed. */
export function ogImage({ eyebrow, title, detail }: { eyebrow: string; title: string; detail: string }) {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 72,
        background: '#064e3b',
        color: '#ecfdf5',
      }}
    >
      <div style={{ fontSize: 32, color: '#a7f3d0', display: 'flex' }}>{eyebrow}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
        <div style={{ fontSize: 76, fontWeight: 700, lineHeight: 1.1, display: 'flex' }}>{title}</div>
        <div style={{ fontSize: 34, color: '#d1fae5', display: 'flex' }}>{detail}</div>
      </div>
      <div style={{ fontSize: 28, color: '#fbbf24', display: 'flex' }}>{site.name}</div>
    </div>,
    OG_IMAGE_SIZE,
  )
}

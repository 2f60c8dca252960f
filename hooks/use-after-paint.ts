'use client'

import { startTransition, useEffect, useState } from 'react'

/**
 * `value` as it was when the last frame was painted: it follows `value` in a transition started
 * after the frame that first showed the change. Work that depends on it (cards below the first
 * screen) then never holds up that frame, and gives way to the next keystroke.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value)
  useEffect(() => {
    if (Object.is(painted, value)) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // A task posted from requestAnimationFrame runs once that frame has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setPainted(() => value)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [value, painted])
  return painted
}

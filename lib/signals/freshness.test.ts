import { describe, expect, it } from 'vitest'

import { formatMonth, maintenanceClass, monthsSince, yearMonthOf } from './freshness'

const november2026 = new Date('2026-11-20T12:00:00Z')

describe('dates of signals', () => {
  it('reads months, days and timestamps, and refuses anything else', () => {
    expect(yearMonthOf('2017-08')).toEqual({ year: 2017, month: 8 })
    expect(yearMonthOf('2017-08-30')).toEqual({ year: 2017, month: 8 })
    expect(yearMonthOf('2025-03-01T09:30:00Z')).toEqual({ year: 2025, month: 3 })
    expect(yearMonthOf('2017-13')).toBeNull()
    expect(yearMonthOf('Aug 2017')).toBeNull()
    expect(yearMonthOf('2017-08x')).toBeNull()
  })

  it('counts calendar months and names them', () => {
    expect(monthsSince('2017-08', november2026)).toBe(111)
    expect(monthsSince('2026-11-01', november2026)).toBe(0)
    expect(monthsSince('nonsense', november2026)).toBeNull()
    expect(formatMonth('2017-08-30')).toBe('Aug 2017')
    expect(formatMonth('2026-05')).toBe('May 2026')
  })
})

describe('maintenanceClass', () => {
  it('takes the younger of the last release and the last push', () => {
    expect(maintenanceClass({ released: '2017-08', pushedAt: '2026-10-02T00:00:00Z' }, november2026)).toBe(
      'active',
    )
    expect(maintenanceClass({ released: '2017-08' }, november2026)).toBe('dormant')
  })

  it('puts the boundaries at 12 and 36 months', () => {
    expect(maintenanceClass({ released: '2025-11' }, november2026)).toBe('active') // 12 months
    expect(maintenanceClass({ released: '2025-10' }, november2026)).toBe('quiet') // 13
    expect(maintenanceClass({ released: '2023-11' }, november2026)).toBe('quiet') // 36
    expect(maintenanceClass({ released: '2023-10' }, november2026)).toBe('dormant') // 37
  })

  it('calls an archived repository dormant whatever its dates, and knows nothing without dates', () => {
    expect(maintenanceClass({ released: '2026-11', archived: true }, november2026)).toBe('dormant')
    expect(maintenanceClass({}, november2026)).toBeNull()
    expect(maintenanceClass({ released: 'soon' }, november2026)).toBeNull()
  })
})

import 'server-only'

/** The moment this build started: maintenance classes and warnings are as of it, and /entries.json says so. */
export const BUILT_AT = new Date()

export const builtOn = (): string => BUILT_AT.toISOString().slice(0, 10)

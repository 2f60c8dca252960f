/** Values of the optional entry fields that are more than free text, shared by the schema and the rules. */

export const ACCESS_LEVELS = ['free', 'paid'] as const
export type Access = (typeof ACCESS_LEVELS)[number]

export function isAccess(value: unknown): value is Access {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value)
}

export const ACCESS_LABELS: Record<Access, string> = { free: 'Free', paid: 'Paid' }

/** A Django release as the docs name it: "5.0", "4.2". */
export const DJANGO_VERSION_PATTERN = /^[1-9]\d?\.\d{1,2}$/

/** A PyPI project name (PEP 508). */
export const PYPI_NAME_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/

export const KEYWORD_LIMITS = { count: 12, length: 60 } as const

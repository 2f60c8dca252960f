import { z } from 'zod'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM')

/** content/django-releases.json: Django's release series and when their support ends. */
export const djangoReleasesSchema = z.strictObject({
  about: z.string().optional(),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  sources: z.array(z.url()).min(1),
  series: z
    .array(
      z.strictObject({
        series: z.string().regex(/^\d+\.\d+$/, 'a series such as "6.1"'),
        lts: z.boolean(),
        released: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
        mainstreamEnds: month,
        extendedEnds: month,
      }),
    )
    .min(1),
})

export type DjangoReleases = z.infer<typeof djangoReleasesSchema>
export type DjangoSeries = DjangoReleases['series'][number]

import { z } from 'zod'

const phrase = z.string().trim().min(1).max(60)

/** content/search-concepts.json: what a reader's words also mean, reviewed like an entry. */
export const searchConceptsSchema = z.strictObject({
  about: z.string().optional(),
  concepts: z.array(
    z.strictObject({
      words: z.array(phrase).min(1),
      means: z.array(phrase.regex(/^\S+$/, 'one word')).min(1),
    }),
  ),
})

export type Concept = z.infer<typeof searchConceptsSchema>['concepts'][number]

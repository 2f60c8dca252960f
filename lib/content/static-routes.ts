import 'server-only'

import { getListedTopics, getListedTypes, getTopic, type Topic } from './catalog'
import { isMediaType, type MediaType } from '../schema/media-types'

type Respond<T> = (subject: T) => Response | Promise<Response>

const notFound = () => new Response('Not found', { status: 404 })

/**
 * The static parameters and GET handler of a file written once per listed topic (its feeds, its image).
 * A route file spreads them into its exports beside its literal segment config, which Next.js reads
 * from the source and so cannot come from here.
 */
export function topicFileRoute(respond: Respond<Topic>) {
  return {
    generateStaticParams: () => getListedTopics().map((topic) => ({ slug: topic.slug })),
    GET: async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
      const topic = getTopic((await params).slug)
      return topic ? respond(topic) : notFound()
    },
  }
}

/** The same for a file written once per listed media type. */
export function typeFileRoute(respond: Respond<MediaType>) {
  return {
    generateStaticParams: () => getListedTypes().map((type) => ({ type })),
    GET: async (_request: Request, { params }: { params: Promise<{ type: string }> }) => {
      const { type } = await params
      return isMediaType(type) ? respond(type) : notFound()
    },
  }
}

import { SiteLink } from './site-link'

type TopicLink = { slug: string; title: string; permalink: string }

/** A list of links to topic pages; the caller lays it out. */
export function TopicLinks({ topics, className }: { topics: readonly TopicLink[]; className: string }) {
  return (
    <ul className={className}>
      {topics.map((topic) => (
        <li key={topic.slug}>
          <SiteLink href={topic.permalink} className="text-accent hover:underline">
            {topic.title}
          </SiteLink>
        </li>
      ))}
    </ul>
  )
}

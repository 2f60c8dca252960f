import type { MediaType } from '../lib/schema/media-types'

/** The words the synthetic catalogue is made of: subjects, companies, people and hosts. */

const list = (text: string) => text.trim().split(/\s*,\s*/)

export const SUBJECTS =
  list(`PgBouncer, connection pooling, read replicas, database sharding, Redis, Memcached,
  the cache framework, per-view caching, template fragment caching, Celery, RQ workers, Dramatiq, Gunicorn, uWSGI,
  Uvicorn, ASGI, Django Channels, PostgreSQL, MySQL, select_related, prefetch_related, N+1 queries, bulk_create,
  database indexes, query optimization, the ORM, Elasticsearch, OpenSearch, full-text search, Sentry, Prometheus,
  OpenTelemetry, structured logging, Locust, load testing, WhiteNoise, static files, a CDN, S3 media storage,
  Django REST framework, pagination, rate limiting, Kubernetes, autoscaling, zero-downtime migrations,
  background jobs, RabbitMQ, Kafka, async views, the request cycle`)

export const COMPANIES = list(`Instagram, Disqus, Pinterest, Eventbrite, Mozilla, Sentry, Dropbox, Bitbucket,
  Octopus Energy, Clubhouse, Zapier, Robinhood, The Washington Post, Spotify, Udemy, Lyst, Kraken, Thread`)

export const PAINS = list(`slow pages, a saturated database, cache stampedes, long queues, memory leaks,
  lock contention, timeouts under load, runaway queries`)

export const OUTCOMES = list(`cut response times in half, served millions of requests a day,
  kept p99 latency under 200 ms, scaled to a billion rows, survived a traffic spike, halved its hosting bill`)

export const CONFERENCES = list('DjangoCon US, DjangoCon Europe, PyCon US, EuroPython, PyCon AU')
export const PODCASTS = list('Django Chat, Talk Python To Me, Python Bytes, Running in Production')
export const FIRST_NAMES =
  list(`Ada, Carlton, Will, Jacob, Adrian, Sarah, Mariusz, Jessica, Tim, Haki, Adam, Paolo,
  Sofía, Chinedu, Yuki, Aykut`)
export const LAST_NAMES =
  list(`Gibson, Vincent, Kaplan-Moss, Holovaty, Boucher, Felisiak, Johnson, Graham, Benita,
  Johnson, Melchiorre, Okafor, Tanaka, Özat, Lindqvist`)

export const HOSTS_BY_TYPE: Record<MediaType, readonly string[]> = {
  repository: list('github.com, pypi.org, gitlab.com, codeberg.org, django-packages.org'),
  article:
    list(`www.example-engineering.com, blog.example.org, medium.com, dev.to, testdriven.io, realpython.com,
    www.revsys.com, adamj.eu, hakibenita.com, engineering.example.net`),
  audio: list('djangochat.com, talkpython.fm, pythonbytes.fm, runninginproduction.com'),
  video: list('www.youtube.com, vimeo.com, pyvideo.org, media.ccc.de'),
  book: list('www.feldroy.com, leanpub.com, www.packtpub.com, pragprog.com, www.manning.com'),
}

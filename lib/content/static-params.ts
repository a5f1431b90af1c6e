/**
 * `generateStaticParams` for a route with `dynamicParams = false`, absent under `next dev`.
 * `next dev` caches a route's static params and answers from that stale list first (it refreshes it
 * in the background), so a post created while dev ran was a 404 until a reload. Without the list,
 * dev renders every request and the route's own lookup (`notFound()`) answers unknown params.
 * Production builds (NODE_ENV=production) get the list, so nothing changes there.
 */
export function staticParams<T>(list: () => T[]): (() => T[]) | undefined {
  return process.env.NODE_ENV === 'development' ? undefined : list;
}

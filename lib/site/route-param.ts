import { decodeUrlPart } from '../routes';

/**
 * A dynamic segment (`[tag]`, `[slug]`) as `generateStaticParams` returned it. Next 16 returns
 * `params` to pages and route handlers percent-encoded when a segment holds non-ASCII characters
 * (`日本語` arrives as `%E6%97%A5…`, when prerendering and when serving alike), while
 * `generateStaticParams` must return the decoded value: read raw, a non-Latin tag prerendered as a
 * 404. Slugs and tags never contain `%`, so decoding an ASCII segment changes nothing.
 */
export function routeParam(value: string): string {
  // Not a valid escape: no page has this address, and the route answers 404.
  return decodeUrlPart(value) ?? value;
}

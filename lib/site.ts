/** The one site config: metadata, feeds and the sitemap all read from here. */
const DEFAULT_SITE_URL = 'http://localhost:3000';

function siteUrlFromEnv(): string {
  const raw = process.env.SITE_URL?.trim();
  if (!raw) return DEFAULT_SITE_URL;
  const url = new URL(raw); // throws on a malformed SITE_URL: better at build time than in a feed
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, got ${raw}`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

export const site = {
  name: 'Ledger Notes',
  description: 'Plain-spoken notes on blockchain scalability, layer 2 networks and enterprise adoption.',
  author: 'Ledger Notes editors',
  locale: 'en-US',
  language: 'en',
  /** Absolute origin (and path, if any) the site is served from, without a trailing slash. */
  url: siteUrlFromEnv(),
  siteUrlIsDefault: !process.env.SITE_URL?.trim(),
} as const;

/** Absolute URL for a site path such as `/posts/foo`. */
export function absoluteUrl(path: string): string {
  return new URL(path.replace(/^\/+/, ''), `${site.url}/`).toString();
}

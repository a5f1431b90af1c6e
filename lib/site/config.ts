/** The one site config: metadata, feeds and the sitemap all read from here. */
import { basePath, postPath, routePath } from '../routes';
import type { RedirectRule } from '../content/redirects';

/**
 * The site's absolute root: SITE_URL's origin plus the base path. SITE_URL may name the base path
 * (https://example.com/blog) or not (https://example.com); any other path is a mistake.
 * Unset, it is http://localhost on the build's PORT (3000 by default): pages are prerendered, so
 * links are fixed at build time; `PORT=4101 npm run build && PORT=4101 npm start` links to :4101.
 */
export function resolveSiteUrl(raw: string | undefined, base: string, port?: string): string {
  const value = raw?.trim() || `http://localhost:${/^\d{1,5}$/.test(port?.trim() ?? '') ? port?.trim() : '3000'}`;
  const url = new URL(value); // throws on a malformed SITE_URL: better at build time than in a feed
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) URL, got ${value}`);
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path && path !== base) {
    throw new Error(
      `SITE_URL ${value} has the path ${path} but BASE_PATH is ${base || 'unset'}: set BASE_PATH=${path}, or give SITE_URL as an origin`,
    );
  }
  return url.origin + base;
}

const siteUrl = resolveSiteUrl(process.env.SITE_URL, basePath, process.env.PORT);

export const site = {
  name: 'Ledger Notes',
  description: 'Plain-spoken notes on blockchain scalability, layer 2 networks and enterprise adoption.',
  author: 'Ledger Notes editors',
  /**
   * Author profiles: a post's `author: mara` (or `authors: [mara]`, or the name itself) shows this
   * name and links it. `default` is the author of posts that name none.
   */
  authors: {
    default: { name: 'Ledger Notes editors' },
    mara: { name: 'Mara Lindqvist', url: 'https://mara-lindqvist.example' },
  } as Readonly<Record<string, { name: string; url?: string }>>,
  /**
   * Tag names the site decides, by the tag's address (`/tags/<slug>`): a `label` to show, another
   * `slug`, or a slug of another tag to merge this one into it (`'ethereum-2': { slug: 'ethereum' }`).
   */
  tags: {
    'layer-2': { slug: 'layer-2-solutions' },
  } as Readonly<Record<string, { label?: string; slug?: string }>>,
  locale: 'en-US',
  language: 'en',
  /** Absolute root the site is served from, base path included, without a trailing slash. */
  url: siteUrl,
  /**
   * SITE_URL's origin alone, for Next's metadataBase: Next adds the base path to file-based metadata
   * (opengraph-image) itself, so a base path here would appear twice. Give other metadata absoluteUrl().
   */
  origin: new URL(siteUrl).origin,
  basePath,
  siteUrlIsDefault: !process.env.SITE_URL?.trim(),
  /**
   * Old addresses of every post, from the engine the posts came from: `:slug` is a post's slug, and
   * `:year`, `:month`, `:day`… parts of its date (RULE_PARAMS; the README's "Old addresses" has each
   * engine's rule, e.g. Jekyll's `/:year/:month/:day/:title:output_ext`). A Node server answers them with
   * a 308, a static export with redirect pages (lib/content/redirects.ts).
   */
  redirects: [{ from: '/blog/:slug', to: postPath(':slug') }] as readonly RedirectRule[],
} as const;

/** The author of posts that name none: the `default` profile, else the site's author. */
export const defaultAuthor = site.authors.default ?? { name: site.author };

/** Absolute URL for a site path such as `/posts/foo` (without the base path: this adds it). */
export function absoluteUrl(path: string): string {
  return new URL(routePath(path).replace(/^\/+/, ''), `${site.url}/`).toString();
}

/**
 * Every URL the site makes, in one dependency-free module: server code and client components
 * both import it, so a route's shape is written once.
 *
 * The sub-path the site is served under (`BASE_PATH=/blog`), or '' at the root.
 * next.config.ts passes it to Next as `basePath` and to all code as NEXT_PUBLIC_BASE_PATH,
 * so it is fixed at build time in every output mode.
 */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** '' or '/a/b': one leading slash, no trailing slash. Throws on anything a URL path cannot hold as-is. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = raw?.trim() ?? '';
  const segments = trimmed.split('/').filter(Boolean);
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment === '.' || segment === '..') {
      throw new Error(`BASE_PATH must look like /blog or /docs/blog (letters, digits, . _ ~ -), got ${JSON.stringify(raw)}`);
    }
  }
  return segments.length === 0 ? '' : `/${segments.join('/')}`;
}

/**
 * A percent-encoded part of a URL (`%E6%97%A5`, `my%20photo.jpg`) decoded, or undefined when its escapes
 * are malformed (`%E0%A4%A`, a lone `%`): each caller says what such a part means to it.
 */
export function decodeUrlPart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The base path this build was made with (inlined by Next at build time). */
export const basePath = normaliseBasePath(process.env.NEXT_PUBLIC_BASE_PATH ?? process.env.BASE_PATH);

/** Whether page URLs end in a slash (`/tags/x/`): static exports do, as file servers serve folders so. */
export const trailingSlash = (process.env.NEXT_PUBLIC_TRAILING_SLASH ?? (process.env.STATIC_EXPORT === '1' ? '1' : '')) === '1';

/**
 * A site path in the shape this build serves it: a page route gets the trailing slash when the build
 * uses them; files (a dot in the last segment: feed.xml, posts.json) and query/hash parts keep theirs.
 */
export function routePath(path: string, slash: boolean = trailingSlash): string {
  const rooted = path.startsWith('/') ? path : `/${path}`;
  const cut = rooted.search(/[?#]/);
  const pathname = cut < 0 ? rooted : rooted.slice(0, cut);
  const rest = cut < 0 ? '' : rooted.slice(cut);
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return slash && !pathname.endsWith('/') && !last.includes('.') ? `${pathname}/${rest}` : rooted;
}

/** A root-relative site path (`/tags/x`) as the browser must request it; next/link adds this itself. */
export function withBasePath(path: string): string {
  return `${basePath}${routePath(path)}`;
}

export function postPath(slug: string): string {
  return `/posts/${slug}`;
}

export function tagPath(slug: string): string {
  return `/tags/${slug}`;
}

/** Where the feeds live; pages advertise these, the route handlers serve them. */
export const SITE_FEEDS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;

export function tagFeedPath(slug: string): string {
  return `${tagPath(slug)}/feed.xml`;
}

/** Share images are static PNG files with an extension, so any static host serves them as images. */
export const DEFAULT_SHARE_IMAGE = '/share-image.png';

/** A post's og:image: its cover's crop when it has a cover, else the card drawn for it, else the site's. */
export function postShareImage(post: { cover?: { share: string }; shareCard?: string }): string {
  return post.cover?.share ?? post.shareCard ?? DEFAULT_SHARE_IMAGE;
}

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Where the build writes the images posts show (public/_img/), each under a name with its content hash. */
export const PROCESSED_IMAGES_PATH = '/_img';

/** Where the illustration that resolves image placeholder `n` (1-based) of a post lives. */
export function illustrationPath(slug: string, n: number): string {
  return `/illustrations/${slug}-${n}.svg`;
}

import type { Metadata } from 'next';
import { feedTitles } from './feeds';
import type { Post } from '../content/types';
import { DEFAULT_SHARE_IMAGE, SHARE_IMAGE_SIZE, SITE_FEEDS, postShareImage, tagFeedPath } from '../routes';
import { absoluteUrl, site } from '../site/config';
import type { Tag } from '../content/tags';

export interface PageMetadataInput {
  /** The page's own title; the layout's template appends the site name. Omit on the home page. */
  title?: string;
  description?: string;
  /** Site path of the page, for the canonical URL; the layout's defaults and the 404 page have none. */
  path?: string;
  /** Keep the page out of search results (the 404 page). */
  noindex?: boolean;
  /** An author-given canonical (frontmatter `canonical`): an http(s) URL or a site path. */
  canonical?: string;
  /** Site path of the share image; the site default otherwise. */
  image?: string;
  imageAlt?: string;
  /** Posts are articles; everything else is a website page. */
  article?: { publishedTime: string; modifiedTime?: string; tags: readonly Tag[]; authors: readonly string[] };
  /** A tag page also advertises its own feed. */
  tagFeed?: Tag;
}

/** Absolute canonical URL: the author's choice when given, else the page's own address. */
export function canonicalUrl(path: string, canonical?: string): string {
  if (canonical && /^https?:\/\//i.test(canonical)) return new URL(canonical).toString();
  return absoluteUrl(canonical ?? path);
}

/** The root layout's title template: "Post title · Site name". */
export const TITLE_TEMPLATE = `%s · ${site.name}`;

/** The full title as browsers show it, for share cards (Next applies the template to <title> only). */
export function fullTitle(title?: string): string {
  return title ? TITLE_TEMPLATE.replace('%s', title) : site.name;
}

/** The one metadata builder: every page's `metadata` or `generateMetadata` returns its result. */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const description = input.description ?? site.description;
  const title = fullTitle(input.title);
  const url = input.path === undefined ? undefined : canonicalUrl(input.path, input.canonical);
  const image = {
    url: absoluteUrl(input.image ?? DEFAULT_SHARE_IMAGE),
    ...SHARE_IMAGE_SIZE,
    alt: input.imageAlt ?? title,
    // Generated cards are PNG; a cover's crop (lib/markdown/images.ts) is JPEG.
    type: input.image?.endsWith('.jpg') ? 'image/jpeg' : 'image/png',
  };
  const rss = [{ url: absoluteUrl(SITE_FEEDS.rss), title: feedTitles.rss }];
  if (input.tagFeed) rss.push({ url: absoluteUrl(tagFeedPath(input.tagFeed.slug)), title: feedTitles.tag(input.tagFeed) });

  const openGraphBase = { title, description, siteName: site.name, locale: site.locale.replace('-', '_'), images: [image], ...(url ? { url } : {}) };
  return {
    // The layout's template adds the site name; the home page shows the site name alone.
    title: input.title ?? { absolute: site.name },
    description,
    alternates: {
      ...(url ? { canonical: url } : {}),
      types: {
        'application/rss+xml': rss,
        'application/atom+xml': [{ url: absoluteUrl(SITE_FEEDS.atom), title: feedTitles.atom }],
        'application/feed+json': [{ url: absoluteUrl(SITE_FEEDS.json), title: feedTitles.json }],
      },
    },
    openGraph: input.article
      ? {
          ...openGraphBase,
          type: 'article',
          publishedTime: input.article.publishedTime,
          ...(input.article.modifiedTime ? { modifiedTime: input.article.modifiedTime } : {}),
          tags: input.article.tags.map((tag) => tag.label),
          authors: [...input.article.authors],
        }
      : { ...openGraphBase, type: 'website' },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** A post page: its summary, its share image, article times and tags, and the author's canonical. */
export function postPageMetadata(post: Post): Metadata {
  return pageMetadata({
    title: post.title,
    description: post.summary,
    path: post.url,
    ...(post.canonical ? { canonical: post.canonical } : {}),
    image: postShareImage(post),
    imageAlt: post.cover?.alt || fullTitle(post.title),
    article: { publishedTime: post.date, ...(post.updated ? { modifiedTime: post.updated } : {}), tags: post.tags, authors: post.authors.map((author) => author.name) },
    // Unlisted: reachable by its link, kept out of search engines as out of the site's own lists.
    ...(post.unlisted ? { noindex: true } : {}),
  });
}

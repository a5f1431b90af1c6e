import type { Post } from '../content/types';
import { canonicalUrl } from './metadata';
import { postShareImage } from '../routes';
import { absoluteUrl, site } from '../site/config';

type JsonLd = Record<string, unknown>;

/** schema.org BlogPosting for a post page. */
export function blogPostingJsonLd(post: Post): JsonLd {
  const url = canonicalUrl(post.url, post.canonical);
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: post.title,
    description: post.summary,
    datePublished: post.date,
    dateModified: post.updated ?? post.date,
    author: { '@type': 'Organization', name: site.author, url: absoluteUrl('/') },
    publisher: { '@type': 'Organization', name: site.name, url: absoluteUrl('/') },
    keywords: post.tags.map((tag) => tag.label),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    image: absoluteUrl(postShareImage(post)),
    inLanguage: site.language,
    wordCount: post.wordCount,
  };
}

/** schema.org BreadcrumbList from the home page down to the current page. */
export function breadcrumbJsonLd(trail: readonly { name: string; path: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for an inline <script>: `<` becomes \u003c so a title holding `</script>` cannot end the
 * script early; U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

import 'server-only';
import type { MetadataRoute } from 'next';
import type { PostSummary, TagWithCount } from '../content/types';
import { PAGE_SIZE, pageHref } from '../content/pagination';
import { absoluteUrl } from '../site/config';
import { lastChange, type Dated } from '../content/dates';
import { tagPath } from '../routes';

function entry(path: string, posts: readonly Dated[]): MetadataRoute.Sitemap[number] {
  const lastModified = lastChange(posts);
  return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) };
}

/** A list's pages (page 1 at `base`, then `base/page/n`), each dated by its own posts. */
function listEntries(base: string, posts: readonly Dated[]): MetadataRoute.Sitemap {
  const entries = [entry(base, posts)];
  for (let start = PAGE_SIZE, page = 2; start < posts.length; start += PAGE_SIZE, page += 1) {
    entries.push(entry(pageHref(base, page), posts.slice(start, start + PAGE_SIZE)));
  }
  return entries;
}

/**
 * Every public page: home and its later pages, each post, the tag index, each tag and its pages,
 * the archive and its pages. A list changes when one of its posts does.
 */
export function buildSitemap(
  posts: readonly PostSummary[],
  tags: readonly TagWithCount[],
  postsOfTag: (slug: string) => readonly PostSummary[],
): MetadataRoute.Sitemap {
  return [
    ...listEntries('/', posts),
    ...posts.map((post) => entry(post.url, [post])),
    entry('/tags', posts),
    ...tags.flatMap((tag) => listEntries(tagPath(tag.slug), postsOfTag(tag.slug))),
    ...listEntries('/archive', posts),
  ];
}

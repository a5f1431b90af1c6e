import type { MetadataRoute } from 'next';
import type { PostSummary, TagWithCount } from './post-types';
import { absoluteUrl } from './site';
import { tagPath } from './tags';

type Dated = Pick<PostSummary, 'date' | 'updated'>;

/** When a page last changed: its newest post's `updated` or `date`, never the build time. */
export function lastChange(posts: readonly Dated[]): string | undefined {
  let latest: string | undefined;
  for (const post of posts) {
    const stamp = post.updated ?? post.date;
    if (latest === undefined || stamp > latest) latest = stamp;
  }
  return latest;
}

function entry(path: string, posts: readonly Dated[]): MetadataRoute.Sitemap[number] {
  const lastModified = lastChange(posts);
  return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) };
}

/**
 * Every public page: home, each post, the tag index, each tag, the archive. Lists change when
 * one of their posts does. Add paginated list pages here when they exist.
 */
export function buildSitemap(
  posts: readonly PostSummary[],
  tags: readonly TagWithCount[],
  postsOfTag: (slug: string) => readonly PostSummary[],
): MetadataRoute.Sitemap {
  return [
    entry('/', posts),
    ...posts.map((post) => entry(post.url, [post])),
    entry('/tags', posts),
    ...tags.map((tag) => entry(tagPath(tag.slug), postsOfTag(tag.slug))),
    entry('/archive', posts),
  ];
}

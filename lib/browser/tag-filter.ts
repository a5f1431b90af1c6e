import type { PostSummary } from '../content/types';
import { compareNewestFirst } from '../content/dates';
import type { Tag } from '../content/tags';

/** What the archive's tag filter needs about a post: small enough to fetch per tag. */
export interface FilterEntry {
  slug: string;
  url: string;
  title: string;
  date: string;
  tags: Tag[];
}

export function toFilterEntry(post: PostSummary): FilterEntry {
  return { slug: post.slug, url: post.url, title: post.title, date: post.date, tags: post.tags };
}

function tagsOfParam(value: string | null): string[] {
  return value ? [...new Set(value.split(',').map((tag) => tag.trim().toLowerCase()))].filter((tag) => tag !== '') : [];
}

/** `?tags=plasma,sidechains` → the known tag slugs, deduplicated, in the reader's order. */
export function parseTagParam(value: string | null, known: ReadonlySet<string>): string[] {
  return tagsOfParam(value).filter((tag) => known.has(tag));
}

/** The tags of `?tags=` that the site does not have, so the filter can say so rather than ignore them. */
export function unknownTags(value: string | null, known: ReadonlySet<string>): string[] {
  return tagsOfParam(value).filter((tag) => !known.has(tag));
}

export function formatTagParam(tags: readonly string[]): string {
  return tags.join(',');
}

/** Posts that carry any of the chosen tags, newest first, each once. */
export function mergeTagLists(lists: readonly (readonly FilterEntry[])[]): FilterEntry[] {
  const bySlug = new Map<string, FilterEntry>();
  for (const list of lists) for (const entry of list) bySlug.set(entry.slug, entry);
  return [...bySlug.values()].sort(compareNewestFirst);
}

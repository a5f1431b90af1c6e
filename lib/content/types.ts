import type { PostFields } from './schema';
import type { Tag } from './tags';
import type { TocEntry } from '../markdown/toc';

/**
 * What list pages need about a post: its schema fields (lib/content/schema.ts) with tags resolved
 * and one summary, no body, so lists stay small.
 */
export interface PostSummary extends Omit<PostFields, 'tags' | 'summary' | 'description' | 'canonical'> {
  url: string;
  summary: string;
  tags: Tag[];
  readingMinutes: number;
  wordCount: number;
}

/** A post page's view of a post. */
export interface Post extends PostSummary {
  html: string;
  /** H2/H3 headings for the table of contents */
  toc: TocEntry[];
  canonical?: string;
  /** Path of the Markdown file, relative to `content/` */
  sourcePath: string;
}

export interface TagWithCount extends Tag {
  count: number;
}

export interface ArchiveMonth {
  month: number;
  count: number;
  posts: PostSummary[];
}

/** By date: `previous` is the older post, `next` the newer one. */
export interface AdjacentPosts {
  previous?: PostSummary;
  next?: PostSummary;
}

export interface ArchiveYear {
  year: number;
  count: number;
  months: ArchiveMonth[];
}

import type { MonthGroup, YearGroup } from '../browser/archive-groups';
import type { CoverImage } from '../markdown/cover';
import type { PostFields } from './schema';
import type { Author } from './authors';
import type { Tag } from './tags';
import type { TocEntry } from '../markdown/toc';

/**
 * What list pages need about a post: its schema fields (lib/content/schema.ts) with tags resolved
 * and one summary, no body, so lists stay small.
 */
export interface PostSummary extends Omit<PostFields, 'tags' | 'summary' | 'description' | 'canonical' | 'link' | 'cover' | 'coverAlt' | 'coverCaption' | 'author' | 'series' | 'aliases' | 'redirect_from' | 'categories'> {
  url: string;
  /** Frontmatter `author`/`authors` resolved against the site's author profiles; the default author otherwise */
  authors: Author[];
  summary: string;
  tags: Tag[];
  readingMinutes: number;
  wordCount: number;
  /** Dated after the build: shown only under `npm run dev` (lib/content/store.ts `isVisible`) */
  scheduled?: true;
}

/** A post page's view of a post. */
export interface Post extends PostSummary {
  html: string;
  /** H2/H3 headings for the table of contents */
  toc: TocEntry[];
  canonical?: string;
  /** Frontmatter `link` (a link post's page): an http(s) URL */
  link?: string;
  /** Path of the Markdown file, relative to `content/` */
  sourcePath: string;
  /** Frontmatter `cover:`, processed: shown above the post and used as its share image */
  cover?: CoverImage;
  /** Site path of its share card when it has no cover (drawn at the content step) */
  shareCard?: string;
  /** Frontmatter `series:` (one or several): this post's place (from 1) among each series' published posts, oldest first */
  series: PostSeries[];
}

export interface PostSeries {
  name: string;
  position: number;
  posts: { slug: string; title: string; url: string }[];
}

export interface TagWithCount extends Tag {
  count: number;
}

export type ArchiveMonth = MonthGroup<PostSummary>;

/** By date: `previous` is the older post, `next` the newer one. */
export interface AdjacentPosts {
  previous?: PostSummary;
  next?: PostSummary;
}

export type ArchiveYear = YearGroup<PostSummary>;

import 'server-only';
import { generatedPostsVersion, readGeneratedPosts } from './source';
import { createContentStore, type ContentMode, type ContentStore } from './store';
import { defaultAuthor, site } from '../site/config';

/**
 * The content module every page reads from, and the only one. Drafts show only under `next dev`
 * (NODE_ENV=development); a production build never contains them.
 */
const mode: ContentMode = process.env.NODE_ENV === 'development' ? 'development' : 'production';

let built: { version: number; store: ContentStore } | undefined;

/** Built on first use, once per process; in development again whenever the content step rewrites it. */
function store(): ContentStore {
  const version = mode === 'development' ? generatedPostsVersion() : 0;
  if (built?.version !== version) built = { version, store: createContentStore(readGeneratedPosts(), mode, { authors: site.authors, defaultAuthor, tags: site.tags }) };
  return built.store;
}

/** Posts marked `featured: true`, newest first. */
export function getFeaturedPosts() {
  return store().getFeaturedPosts();
}

/** Every visible, listed post, newest first, without bodies. */
export function getPublishedPosts() {
  return store().getPublishedPosts();
}

/** The slug of every post with a page, unlisted ones included. */
export function getPostSlugs() {
  return store().getPostSlugs();
}

export function getPostBySlug(slug: string) {
  return store().getPostBySlug(slug);
}

export function getPostsByTag(tagSlug: string) {
  return store().getPostsByTag(tagSlug);
}

/** Every tag with its post count, most used first. */
export function getAllTags() {
  return store().getAllTags();
}

export function getTag(tagSlug: string) {
  return store().getTag(tagSlug);
}

/** Full posts (with HTML) newest first, at most `limit`, optionally of one tag: what feeds carry. */
export function getLatestPosts(limit: number, tagSlug?: string) {
  return store().getLatestPosts(limit, tagSlug);
}

/** Page `n` of the home list; undefined when out of range (the route answers 404). */
export function getPostsPage(page: number) {
  return store().getPostsPage(page);
}

export function getTagPage(tagSlug: string, page: number) {
  return store().getTagPage(tagSlug, page);
}

/** Page `n` of the archive, grouped by year and month. */
export function getArchivePage(page: number) {
  return store().getArchivePage(page);
}

/** The published posts just before (older) and after (newer) a post by date. */
export function getAdjacentPosts(slug: string) {
  return store().getAdjacentPosts(slug);
}

export function getRelatedPosts(slug: string, limit?: number) {
  return store().getRelatedPosts(slug, limit);
}

export type { Post, PostSummary, TagWithCount, ArchiveYear, AdjacentPosts } from './types';

/** Other spellings of tag addresses (`Plasma`, `Layer2Solutions`) and the slug each leads to. */
export function getTagAliases() {
  return store().getTagAliases();
}

import { createContentStore, type ContentMode, type ContentStore } from './content-store';
import { generatedPostsVersion, readGeneratedPosts } from './generated-content';

/**
 * The content module every page reads from. Drafts show only under `next dev`
 * (NODE_ENV=development); a production build never contains them.
 */
const mode: ContentMode = process.env.NODE_ENV === 'development' ? 'development' : 'production';

let built: { version: number; store: ContentStore } | undefined;

/** Built once per process; in development again whenever contentlayer2 dev rewrites the content. */
function store(): ContentStore {
  const version = mode === 'development' ? generatedPostsVersion() : 0;
  if (built?.version !== version) built = { version, store: createContentStore(readGeneratedPosts(), mode) };
  return built.store;
}

export const getPublishedPosts: ContentStore['getPublishedPosts'] = () => store().getPublishedPosts();
export const getPostBySlug: ContentStore['getPostBySlug'] = (slug) => store().getPostBySlug(slug);
export const getPostsByTag: ContentStore['getPostsByTag'] = (tag) => store().getPostsByTag(tag);
export const getAllTags: ContentStore['getAllTags'] = () => store().getAllTags();
export const getTag: ContentStore['getTag'] = (tag) => store().getTag(tag);
export const getArchive: ContentStore['getArchive'] = () => store().getArchive();
export type { Post, PostSummary, TagWithCount, ArchiveYear } from './post-types';

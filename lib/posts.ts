import { createContentStore, type ContentMode, type ContentStore } from './content-store';
import { generatedPostsVersion, readGeneratedPosts } from './generated-content';

/**
 * The content module every page reads from. Drafts show only under `next dev`
 * (NODE_ENV=development); a production build never contains them.
 */
const mode: ContentMode = process.env.NODE_ENV === 'development' ? 'development' : 'production';

let built: { version: number; store: ContentStore } | undefined;

/** Built once per process; in development again whenever contentlayer2 dev rewrites the content. */
function currentStore(): ContentStore {
  const version = mode === 'development' ? generatedPostsVersion() : 0;
  if (built?.version !== version) built = { version, store: createContentStore(readGeneratedPosts(), mode) };
  return built.store;
}

// Each exported function forwards to the current store, so content is read on first use, not at import.
const store = new Proxy({} as ContentStore, {
  get: (_target, name) => (...args: unknown[]) =>
    (currentStore()[name as keyof ContentStore] as (...forwarded: unknown[]) => unknown)(...args),
});

export const {
  getPublishedPosts,
  getPostBySlug,
  getPostsByTag,
  getAllTags,
  getTag,
  getTagAliases,
  getArchive,
  getPostsPage,
  getTagPage,
  getArchivePage,
  getAdjacentPosts,
  getRelatedPosts,
  getLatestPosts,
} = store;
export type { Post, PostSummary, TagWithCount, ArchiveYear, AdjacentPosts } from './post-types';

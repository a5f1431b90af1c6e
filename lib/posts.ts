import { allPosts } from 'contentlayer/generated';
import { createContentStore, type ContentMode } from './content-store';

/**
 * The content module every page reads from. Drafts show only under `next dev`
 * (NODE_ENV=development); a production build never contains them.
 */
const mode: ContentMode = process.env.NODE_ENV === 'development' ? 'development' : 'production';

const store = createContentStore(allPosts, mode);

export const {
  getPublishedPosts,
  getPostBySlug,
  getPostsByTag,
  getAllTags,
  getTag,
  getArchive,
  getPostsPage,
  getTagPage,
  getArchivePage,
  getAdjacentPosts,
  getRelatedPosts,
  getLatestPosts,
} = store;
export type { Post, PostSummary, TagWithCount, ArchiveYear, AdjacentPosts } from './post-types';

import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { processCover } from './lib/markdown/cover';
import { configureMarkdown } from './lib/markdown/pipeline';
import { textFacts } from './lib/post-text';
import { extractToc } from './lib/toc';

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    updated: { type: 'date', required: false },
    slug: { type: 'string', required: false },
    // A YAML list or a comma-separated string; lib/tags.ts normalises both.
    tags: { type: 'json', required: false },
    draft: { type: 'boolean', required: false, default: false },
    summary: { type: 'string', required: false },
    description: { type: 'string', required: false },
    canonical: { type: 'string', required: false },
    // An image path resolved like a body image (lib/markdown/cover.ts), and its alt text.
    cover: { type: 'string', required: false },
    coverAlt: { type: 'string', required: false },
  },
  computedFields: {
    // One parse per post serves all three fields (lib/post-text.ts remembers it).
    excerpt: { type: 'string', resolve: (post) => textFacts(post.body.raw).summary },
    readingMinutes: { type: 'number', resolve: (post) => textFacts(post.body.raw).minutes },
    wordCount: { type: 'number', resolve: (post) => textFacts(post.body.raw).words },
    // Read from the rendered HTML once here, so pages never re-parse a post.
    toc: { type: 'json', resolve: (post) => extractToc(post.body.html) },
    // Sized, responsive files and the share-card crop, written to public/_img/ (async: sharp).
    coverImage: { type: 'json', resolve: (post) => processCover(post.cover, post.coverAlt, post._raw.sourceFilePath) },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['posts'],
  documentTypes: [Post],
  markdown: configureMarkdown,
  disableImportAliasWarning: true,
  // contentlayer's defaults skip a broken post and still exit 0: fail instead.
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  onMissingOrIncompatibleData: 'fail',
});

import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { FIELD_NAMES, POST_FIELDS, normaliseFields, type FieldKind, type PostFields } from './lib/content/schema';
import { processCover } from './lib/markdown/cover';
import { configureMarkdown } from './lib/markdown/pipeline';
import { textFacts } from './lib/markdown/text-facts';
import { extractToc } from './lib/markdown/toc';

// contentlayer's type for each kind of field in lib/content/schema.ts. A list is `json`: contentlayer's
// `list` rejects the comma-separated line authors write.
const CONTENTLAYER_TYPE = { string: 'string', date: 'date', boolean: 'boolean', list: 'json' } as const satisfies Record<FieldKind, string>;

const fields = Object.fromEntries(
  Object.entries(POST_FIELDS).map(([name, spec]) => [
    name,
    {
      type: CONTENTLAYER_TYPE[spec.kind],
      required: 'required' in spec && spec.required,
      ...('default' in spec ? { default: spec.default } : {}),
      description: spec.description,
    },
  ]),
) as FieldDefs;

type RawPost = Record<string, unknown> & { _raw: { sourceFilePath: string } };
const seen = new WeakMap<RawPost, PostFields>();
function normalised(post: RawPost): PostFields {
  let fields = seen.get(post);
  if (!fields) {
    fields = normaliseFields(post, post._raw.sourceFilePath);
    seen.set(post, fields);
  }
  return fields;
}

// The schema's normalised text and lists replace the raw values under the same names, so the
// generated JSON holds the repaired, trimmed text every later stage reads.
const normalisedFields = Object.fromEntries(
  FIELD_NAMES.filter((name) => POST_FIELDS[name].kind === 'string' || POST_FIELDS[name].kind === 'list').map((name) => [
    name,
    { type: POST_FIELDS[name].kind === 'list' ? 'json' : 'string', resolve: (post: RawPost) => normalised(post)[name] },
  ]),
) as Record<string, { type: 'json' | 'string'; resolve: (post: RawPost) => unknown }>;

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: 'posts/**/*.md',
  contentType: 'markdown',
  fields,
  computedFields: {
    ...normalisedFields,
    // One parse per post serves all three fields (lib/markdown/text-facts.ts remembers it).
    excerpt: { type: 'string', resolve: (post) => textFacts(post.body.raw).summary },
    readingMinutes: { type: 'number', resolve: (post) => textFacts(post.body.raw).minutes },
    wordCount: { type: 'number', resolve: (post) => textFacts(post.body.raw).words },
    // Read from the rendered HTML once here, so pages never re-parse a post.
    toc: { type: 'json', resolve: (post) => extractToc(post.body.html) },
    // Sized, responsive files and the share-card crop, written to public/_img/ (async: sharp).
    coverImage: { type: 'json', resolve: (post) => processCover(normalised(post as RawPost).cover, normalised(post as RawPost).coverAlt, post._raw.sourceFilePath) },
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

import fs from 'node:fs';
import path from 'node:path';
import { defineDocumentType, makeSource, type ComputedFields, type FieldDefs } from 'contentlayer2/source-files';
import { applyEngineData, ENGINE_DATA_GLOBS, engineDataFor } from './lib/content/engine-data';
import { readFrontmatter } from './lib/content/frontmatter';
import { bodyFormatOf, bodyOptionsOf, HTML_EXTENSIONS, HTML_FILE, inDraftsFolder, isPostFile, MARKDOWN_EXTENSIONS, normaliseFields, UNDERSCORE_GLOB, unknownKeysOf, type BodyOptions, type PostFields } from './lib/content/schema';
import { drawShareCard, processAuthorPictures, processCover } from './lib/markdown/cover';
import { configureMarkdown, mdxPlugins } from './lib/markdown/pipeline';
import { renderMdx } from './lib/markdown/mdx';
import { fieldsShownBy } from './lib/markdown/template-values';
import { textFacts } from './lib/markdown/text-facts';
import { site } from './lib/site/config';
import { extractToc, takeToc } from './lib/markdown/toc';

const CONTENT_DIR = 'content';

// contentlayer reads `---` YAML itself (gray-matter), not Hugo's `+++` TOML or JSON. It only carries the
// document here: no field is declared to it, and every field is computed from the one frontmatter reader
// (lib/content/frontmatter.ts) that content:check uses, which reads YAML, TOML and JSON alike. Declaring
// each key as well cost contentlayer an effect fiber per key and post (about a sixth of a cold content
// step, BENCHMARKS.md) for values nothing reads. An unknown key still stops the step (read() below);
// content:check names it first, with its line and the closest known name.
const fields: FieldDefs = {};

type RawPost = Record<string, unknown> & { _raw: { sourceFilePath: string } };
interface Read {
  fields: PostFields;
  body: string;
  /** How the body is read (as content:check reads it): Liquid on or off, the frontmatter its templates show */
  reading: BodyOptions;
}
const seen = new WeakMap<RawPost, Read>();
function read(post: RawPost): Read {
  let result = seen.get(post);
  if (!result) {
    const file = path.join(CONTENT_DIR, post._raw.sourceFilePath);
    const text = fs.readFileSync(file, 'utf8');
    const front = readFrontmatter(text, post._raw.sourceFilePath, file);
    const unknown = unknownKeysOf(front?.data ?? {}, fieldsShownBy(front?.body ?? '', bodyFormatOf(post._raw.sourceFilePath) === 'mdx'));
    if (unknown.length > 0) {
      throw new Error(`${post._raw.sourceFilePath}: unknown frontmatter field ${unknown.map((key) => `\`${key}\``).join(', ')}; \`npm run content:check\` gives its line and the fix.`);
    }
    // Author ids and tag keys another engine's data files name (Docusaurus' authors.yml), as names and labels.
    const fields = applyEngineData(normaliseFields(front?.data ?? {}, post._raw.sourceFilePath), engineDataFor(path.resolve(file), path.resolve(CONTENT_DIR, 'posts')), site.authors);
    // A Jekyll draft (`_drafts/`, no date): dated by its file's last change, as `jekyll serve --drafts` does.
    if (fields.date === '' && inDraftsFolder(post._raw.sourceFilePath)) fields.date = fs.statSync(file).mtime.toISOString();
    result = { fields, body: front?.body ?? text, reading: { ...bodyOptionsOf(front?.data ?? {}), liquid: fields.liquid } };
    seen.set(post, result);
  }
  return result;
}
const normalised = (post: RawPost) => read(post).fields;
// Its text as readers get it: Liquid shown as written where the post turns it off (`render_with_liquid: false`).
const factsOf = (post: RawPost) => textFacts(read(post).body, bodyFormatOf(post._raw.sourceFilePath), read(post).reading);

// Fields every post has, whichever file type it is written in.
const postComputedFields: ComputedFields = {
  // Every schema field, normalised, in one object: contentlayer resolves each computed field in an effect
  // of its own, a cost per field and post that one field per schema field multiplied (BENCHMARKS.md).
  // lib/content/generated.ts spreads it back onto the document, so later stages read `post.title`.
  fields: { type: 'json', resolve: (post) => normalised(post as RawPost) },
  // One parse per post serves all three fields (lib/markdown/text-facts.ts remembers it).
  excerpt: { type: 'string', resolve: (post) => factsOf(post as RawPost).summary },
  readingMinutes: { type: 'number', resolve: (post) => factsOf(post as RawPost).minutes },
  wordCount: { type: 'number', resolve: (post) => factsOf(post as RawPost).words },
  // Sized, responsive files and the share-card crop, written to public/_img/ (async: sharp).
  coverImage: {
    type: 'json',
    resolve: (post) => {
      const { cover, coverAlt, coverCaption } = normalised(post as RawPost);
      return processCover(cover, coverAlt, post._raw.sourceFilePath, process.cwd(), coverCaption);
    },
  },
  authorPictures: { type: 'json', resolve: (post) => processAuthorPictures(normalised(post as RawPost).author, post._raw.sourceFilePath) },
  // The share card of a post without a cover (a cover's crop is its card); none for a draft, whose
  // title must not reach public/.
  shareCard: {
    type: 'string',
    resolve: (post) => {
      const { cover, draft, title, date } = normalised(post as RawPost);
      if (cover?.trim() || draft === true) return undefined;
      // Set by scripts/build/content-build.mjs, which runs this step.
      const key = process.env.SHARE_CARD_KEY;
      if (!key) throw new Error('SHARE_CARD_KEY is not set: run the content step with `npm run content` (scripts/build/content-build.mjs).');
      return drawShareCard({ title, date }, { key });
    },
  },
};

export const Post = defineDocumentType(() => ({
  name: 'Post',
  // `.md` and the other engines' Markdown extensions (`jekyll new` writes `.markdown`), and Jekyll's HTML
  // posts (the pipeline reads their body as HTML: lib/markdown/parse.ts).
  filePathPattern: `posts/**/*.{${[...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS].join(',')}}`,
  contentType: 'markdown',
  fields,
  computedFields: {
    ...postComputedFields,
    // Read from the rendered post once here, so pages never re-parse a post: from the pipeline's last
    // tree, or from the HTML if this process did not render it.
    toc: { type: 'json', resolve: (post) => takeToc(post._raw.sourceFilePath) ?? extractToc(post.body.html) },
  },
}));

/** `.mdx` posts: the same fields; JSX renders the components of components/mdx/ to static HTML here. */
export const MdxPost = defineDocumentType(() => ({
  name: 'MdxPost',
  filePathPattern: 'posts/**/*.mdx',
  contentType: 'mdx',
  fields,
  computedFields: {
    ...postComputedFields,
    html: { type: 'string', resolve: async (post) => (await renderMdx(post.body.code)).html },
    toc: { type: 'json', resolve: async (post) => (await renderMdx(post.body.code)).toc },
  },
}));

/** HTML files under posts/ that open with no frontmatter: no posts, as in Jekyll (content:check names them). */
function htmlFilesWithoutFrontmatter(): string[] {
  const dir = path.join(CONTENT_DIR, 'posts');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && HTML_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !isPostFile(file, () => fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(CONTENT_DIR, file).split(path.sep).join('/'));
}

export default makeSource({
  contentDirPath: CONTENT_DIR,
  contentDirInclude: ['posts'],
  // Hugo's and Zola's section pages and other `_` files are no posts (lib/check/post-files.ts names them); other engines'
  // authors and tags files are data, read with each post, and Eleventy's folder data is noted (lib/content/engine-data.ts).
  contentDirExclude: [UNDERSCORE_GLOB, ...ENGINE_DATA_GLOBS, ...htmlFilesWithoutFrontmatter()],
  documentTypes: [Post, MdxPost],
  markdown: configureMarkdown,
  mdx: mdxPlugins(),
  disableImportAliasWarning: true,
  // contentlayer picks a document's type from a `type` key when there is one, and Hugo's and jekyll-import's
  // posts have one (`type: post`, which means nothing here): it would name no type of ours. The type is
  // the file's pattern alone.
  fieldOptions: { typeFieldName: 'contentlayerDocumentType' },
  // contentlayer's defaults skip a broken post and still exit 0: fail instead.
  onUnknownDocuments: 'fail',
  // No field is declared (above): every key is extra to contentlayer, and read() rejects unknown ones.
  onExtraFieldData: 'ignore',
  onMissingOrIncompatibleData: 'fail',
});

import fs from 'node:fs';
import path from 'node:path';
import type { PostDocument, PostFields } from './schema';

/**
 * The posts contentlayer2 generated, read from disk at run time instead of imported.
 * Importing `allPosts` made Turbopack compile every post into the server bundle: the compiling
 * process grew by about 0.4 MB per post (2.6 GB at 5,000 posts, see BENCHMARKS.md). Read here,
 * the bundle is the same at any number of posts.
 */
export const GENERATED_POSTS_FILE = path.join('.contentlayer', 'generated', 'Post', '_index.json');
/** `.mdx` posts are a second document type (contentlayer.config.ts), with the same fields. */
export const GENERATED_MDX_POSTS_FILE = path.join('.contentlayer', 'generated', 'MdxPost', '_index.json');

// One literal path each: a path built from a parameter makes Next's file tracer take every file under
// .contentlayer/generated (each post's own JSON, drafts included) into the server output.
function postsFile(root: string): string {
  return path.join(root, GENERATED_POSTS_FILE);
}
function mdxPostsFile(root: string): string {
  return path.join(root, GENERATED_MDX_POSTS_FILE);
}

/** A document as contentlayer writes it: the schema's fields in one `fields` object (contentlayer.config.ts). */
type WrittenDocument = Omit<PostDocument, keyof PostFields> & { fields: PostFields };

/** The documents of one generated index, with their fields back at the top, where every reader looks. */
function documentsOf(text: string): PostDocument[] {
  return (JSON.parse(text) as WrittenDocument[]).map(({ fields, ...document }) => ({ ...fields, ...document }));
}

function readMdxPosts(root: string): PostDocument[] {
  let text: string;
  try {
    text = fs.readFileSync(mdxPostsFile(root), 'utf8');
  } catch (error) {
    // contentlayer writes no index for a type with no document: no `.mdx` post. Any other failure is real.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return documentsOf(text);
}

export function readGeneratedPosts(root = process.cwd()): PostDocument[] {
  let text: string;
  try {
    text = fs.readFileSync(postsFile(root), 'utf8');
  } catch {
    throw new Error(`No generated content at ${postsFile(root)}: run \`npm run content\` (scripts/build/content-build.mjs) first.`);
  }
  return [...documentsOf(text), ...readMdxPosts(root)];
}

/** Changes whenever contentlayer2 rewrites the file (`contentlayer2 dev` does as authors type). */
export function generatedPostsVersion(root = process.cwd()): number {
  const posts = fs.statSync(postsFile(root), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const mdxPosts = fs.statSync(mdxPostsFile(root), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return Math.max(posts, mdxPosts);
}

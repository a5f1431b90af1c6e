import fs from 'node:fs';
import path from 'node:path';
import type { PostDocument } from './schema';

/**
 * The posts contentlayer2 generated, read from disk at run time instead of imported.
 * Importing `allPosts` made Turbopack compile every post into the server bundle: the compiling
 * process grew by about 0.4 MB per post (2.6 GB at 5,000 posts, see BENCHMARKS.md). Read here,
 * the bundle is the same at any number of posts.
 */
export const GENERATED_POSTS_FILE = path.join('.contentlayer', 'generated', 'Post', '_index.json');
/** `.mdx` posts are a second document type (contentlayer.config.ts), with the same fields. */
export const GENERATED_MDX_POSTS_FILE = path.join('.contentlayer', 'generated', 'MdxPost', '_index.json');

function fileOf(root: string, file = GENERATED_POSTS_FILE): string {
  return path.join(root, file);
}

function readMdxPosts(root: string): PostDocument[] {
  try {
    return JSON.parse(fs.readFileSync(fileOf(root, GENERATED_MDX_POSTS_FILE), 'utf8')) as PostDocument[];
  } catch {
    return []; // no `.mdx` post
  }
}

export function readGeneratedPosts(root = process.cwd()): PostDocument[] {
  let text: string;
  try {
    text = fs.readFileSync(fileOf(root), 'utf8');
  } catch {
    throw new Error(`No generated content at ${fileOf(root)}: run \`npm run content\` (scripts/build/content-build.mjs) first.`);
  }
  return [...(JSON.parse(text) as PostDocument[]), ...readMdxPosts(root)];
}

/** Changes whenever contentlayer2 rewrites the file (`contentlayer2 dev` does as authors type). */
export function generatedPostsVersion(root = process.cwd()): number {
  const mtime = (file: string) => fs.statSync(fileOf(root, file), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return Math.max(mtime(GENERATED_POSTS_FILE), mtime(GENERATED_MDX_POSTS_FILE));
}

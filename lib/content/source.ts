import 'server-only';
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

function fileOf(root: string): string {
  return path.join(root, GENERATED_POSTS_FILE);
}

export function readGeneratedPosts(root = process.cwd()): PostDocument[] {
  let text: string;
  try {
    text = fs.readFileSync(fileOf(root), 'utf8');
  } catch {
    throw new Error(`No generated content at ${fileOf(root)}: run \`npm run content\` (scripts/build/content-build.mjs) first.`);
  }
  return JSON.parse(text) as PostDocument[];
}

/** Changes whenever contentlayer2 rewrites the file (`contentlayer2 dev` does as authors type). */
export function generatedPostsVersion(root = process.cwd()): number {
  try {
    return fs.statSync(fileOf(root)).mtimeMs;
  } catch {
    return 0;
  }
}

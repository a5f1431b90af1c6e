import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where `npm run build` hands the trees content:check parsed to the content step, a process of its own
 * (scripts/build/build.mts makes it empty at the start of a build and removes it when the content step
 * ends). Used when it exists, so a build parses each post once (lib/markdown/parse.ts). A module of its
 * own, without the parser: the build script reads the path before it loads anything else.
 */
export const PARSED_STORE = path.join('node_modules', '.cache', 'parsed-markdown');

/** The store's file for a body's tree: named by the body's bytes. */
export function storedTreeFile(body: string, store = path.join(process.cwd(), PARSED_STORE)): string {
  return path.join(store, createHash('sha256').update(body).digest('hex'));
}

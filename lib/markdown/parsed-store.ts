import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where `npm run build` hands the trees content:check parsed to the content step, a process of its own
 * (scripts/build/build.mts makes it empty at the start of a build and removes it when the content step
 * ends), so a build parses each post once (lib/markdown/parse.ts). A module of its own, without the
 * parser: the build script reads the path before it loads anything else.
 */
export const PARSED_STORE = path.join('node_modules', '.cache', 'parsed-markdown');

/**
 * Set to 1 by `npm run build` for its check and content step: only they use the store. A store a
 * crashed build left behind is then never read by `npm run dev` or `npm run content`, whose parser
 * may be newer than the trees in it.
 */
export const PARSED_STORE_ENV = 'PARSED_STORE_ACTIVE';

export function parsedStoreActive(): boolean {
  return process.env[PARSED_STORE_ENV] === '1';
}

/** The store's file for a body's tree: named by the body's bytes. */
export function storedTreeFile(body: string, store = path.join(process.cwd(), PARSED_STORE)): string {
  return path.join(store, createHash('sha256').update(body).digest('hex'));
}

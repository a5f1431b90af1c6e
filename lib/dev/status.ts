import fs from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check';

/**
 * What `npm run dev` (scripts/dev.ts) knows about the content, for the page to show. The dev runner
 * rewrites the file after every check and content build; the layout imports it (components/dev), so
 * Next's own hot reload refreshes the open page whenever it changes: no refresher of our own.
 */
export interface DevStatus {
  /** Bumped on every write, so each content build reaches the browser. */
  version: number;
  /** Errors that stop the content step (content:check's, or contentlayer's own message). */
  problems: Problem[];
}

export const DEV_STATUS_FILE = path.join('.contentlayer', 'dev', 'status.json');

/** Writes atomically (rename), so Next never reads half a file. */
export function writeDevStatus(status: DevStatus, root = process.cwd()): void {
  const file = path.join(root, DEV_STATUS_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(status, null, 2)}\n`);
  fs.renameSync(temporary, file);
}

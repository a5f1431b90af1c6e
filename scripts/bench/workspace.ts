import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SyntheticPost } from './synthetic-posts';

/** Never copied: dependencies are linked, build output and local results are rebuilt or irrelevant. */
const SKIPPED = new Set(['node_modules', '.next', '.contentlayer', '.git', 'out', 'benchmarks', 'test-results', 'playwright-report']);

/**
 * A throwaway copy of the site in the system temp folder, with `node_modules` hard-linked to the
 * repository's and `content/posts` replaced by the synthetic posts. The repository is never written.
 */
export function createWorkspace(
  repoRoot: string,
  posts: readonly Pick<SyntheticPost, 'slug' | 'markdown'>[],
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bench-')),
): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(repoRoot)) {
    if (SKIPPED.has(entry) || entry.endsWith('.tsbuildinfo')) continue;
    fs.cpSync(path.join(repoRoot, entry), path.join(dir, entry), {
      recursive: true,
      // Processed images are rebuilt too: a workspace starts with a cold image cache.
      filter: (source) => ![path.join('content', 'posts'), path.join('public', '_img')].includes(path.relative(repoRoot, source)),
    });
  }
  linkDependencies(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'));
  const postsDir = path.join(dir, 'content', 'posts');
  fs.mkdirSync(postsDir, { recursive: true });
  for (const post of posts) fs.writeFileSync(path.join(postsDir, `${post.slug}.md`), post.markdown);
  return dir;
}

/**
 * Turbopack refuses a symlinked `node_modules` that points outside the project root, so the tree
 * is hard-linked instead: seconds, no extra disk. A plain copy when the temp folder is on another disk.
 */
function linkDependencies(from: string, to: string): void {
  if (!fs.existsSync(from)) throw new Error(`No ${from}: run npm install first.`);
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'pipe' });
  } catch {
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/**
 * The environment for a command run in `cwd`. contentlayer2 takes its working folder from
 * `process.env.PWD` before `process.cwd()`, so a child started in a workspace with the parent's PWD
 * builds (or, at scale, hangs on) the repository instead; a shell sets PWD itself, Node does not.
 */
export function workspaceEnv(cwd: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra, PWD: cwd };
}

export function removeWorkspace(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The repository's commit (short), which a result names; null outside a git checkout. */
export function currentCommit(repoRoot: string): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

/**
 * The author's rebuild figures: the site's build (scripts/build/build.mts: check, content step, next
 * build) cold, again with nothing changed, and again after editing one post; and the bare Next +
 * contentlayer2 stack (benchmarks/bare-stack, installed in a temp folder) built cold on the same posts
 * in the same run. Ratios of figures from one run are what compare on a busy machine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureCommand } from './measure-process';
import type { SyntheticPost } from './synthetic-posts';

export interface RebuildResult {
  coldMs: number;
  warmMs: number;
  afterEditMs: number;
  bareColdMs: number | null;
  /** cold / bare cold: target ≤ 2 (goal 1.5) */
  coldVsBare: number | null;
  /** after one edit / cold: target ≤ 0.5 */
  editVsCold: number;
}

const repoRoot = path.resolve(__dirname, '..', '..');

/**
 * Writes still queued from what came just before (the workspace's copy, the bare stack's `npm install`)
 * are flushed before a timed build starts, so neither build pays for the other's set-up.
 */
function settle(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No `sync` command here: the builds start at once, as before.
  }
}

/** The bare stack wants `tags` as a YAML list; the synthetic posts write a comma-separated line. */
function bareMarkdown(post: SyntheticPost): string {
  return post.markdown.replace(/^tags: .*$/m, `tags: ${JSON.stringify(post.tags)}`);
}

/** Installs the bare stack in a temp folder (not timed) and times its cold build. */
async function bareColdBuild(posts: readonly SyntheticPost[], env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bare-'));
  try {
    fs.cpSync(path.join(repoRoot, 'benchmarks', 'bare-stack'), dir, { recursive: true });
    log('bench: installing the bare stack (npm install, not timed) …');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: dir, env, stdio: 'pipe' });
    const postsDir = path.join(dir, 'content', 'posts');
    fs.mkdirSync(postsDir, { recursive: true });
    for (const post of posts) fs.writeFileSync(path.join(postsDir, `${post.slug}.md`), bareMarkdown(post));
    log('bench: bare stack cold build …');
    settle();
    const build = await measureCommand('npm', ['run', 'build'], { cwd: dir, env });
    return build.wallMs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times the site's build in `workDir` as an author runs it (`npm run build` minus npm's hooks: check,
 * content step, next build): cold (`--clean`: no cache of any kind, as a fresh clone), again with
 * nothing changed, and again after editing one post.
 */
export async function measureRebuilds(options: {
  workDir: string;
  posts: readonly SyntheticPost[];
  env: NodeJS.ProcessEnv;
  bare: boolean;
  log: (line: string) => void;
}): Promise<RebuildResult> {
  const { workDir, posts, env, log } = options;
  const build = (...args: string[]) =>
    measureCommand(process.execPath, [path.join(workDir, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build/build.mts', ...args], { cwd: workDir, env });
  log('bench: cold build (npm run build -- --clean) …');
  settle();
  const coldMs = (await build('--clean')).wallMs;
  log('bench: rebuild with nothing changed …');
  const warm = await build();
  const first = posts[0];
  if (!first) throw new Error('bench: no posts to edit');
  const file = path.join(workDir, 'content', 'posts', `${first.slug}.md`);
  fs.appendFileSync(file, '\nOne more paragraph, added to measure a rebuild after one edit.\n');
  log('bench: rebuild after editing one post …');
  const afterEdit = await build();
  const bareColdMs = options.bare ? await bareColdBuild(posts, env, log) : null;
  return {
    coldMs,
    warmMs: warm.wallMs,
    afterEditMs: afterEdit.wallMs,
    bareColdMs,
    coldVsBare: bareColdMs ? coldMs / bareColdMs : null,
    editVsCold: afterEdit.wallMs / coldMs,
  };
}

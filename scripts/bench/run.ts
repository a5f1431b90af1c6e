/**
 * `npm run bench -- --posts N [--out FILE.json] [--no-serve] [--keep] [--port 3550] [--seed 7]`
 *
 * Builds a temporary copy of the site holding N synthetic posts (never the repository's content/),
 * then measures the content step, `next build` (time, peak memory), pages built, page weights,
 * and serving (`next start` beside a plain static server), and checks the budgets.
 * Prints a summary and writes everything as JSON.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tagSlug } from '../../lib/content/tags';
import { evaluateBudgets, imagesWithoutSize, type BudgetResult } from './budgets';
import { measureLayoutShift } from './layout-shift';
import { measureRebuilds, type RebuildResult } from './rebuilds';
import { measureCommand, type ProcessMeasurement } from './measure-process';
import { runLoad, startServer, type LoadResult } from './load';
import { htmlFileOf, measurePage, type PageWeight } from './page-weight';
import { measureImageCost, withImages, writeImagePool, type ImageCost } from './images';
import { formatRebuilds, formatReport } from './report';
import { SLUG_PATTERN, generatePosts } from './synthetic-posts';
import { createWorkspace, currentCommit, removeWorkspace } from './workspace';

export interface StepResult {
  wallMs: number;
  peakLargestRssBytes: number;
  peakTreeRssBytes: number;
}

export interface ServingResult {
  route: string;
  next: LoadResult;
  static: LoadResult;
  /** next start's requests/s as a share of the static server's: the figure that compares across machines. */
  ratio: number;
}

export interface BenchResult {
  posts: number;
  seed: number;
  date: string;
  /** The repository commit measured, when run from a git checkout (uncommitted edits are measured too). */
  commit: string | null;
  machine: { cpus: number; memoryGiB: number; node: string; loadAverageBefore: number[]; loadAverageAfter: number[] };
  steps: {
    contentCheck: StepResult;
    contentlayer: StepResult;
    /** The content step again, as `npm run build` runs it (contentlayer's cache cleared), with processed images kept */
    contentlayerWarmImages: StepResult;
    contentTotalMs: number;
    nextBuild: StepResult;
    analyze: StepResult;
  };
  images: ImageCost;
  pages: { total: number; posts: number; tags: number; expectedTags: number };
  weights: { post: PageWeight; home: PageWeight; tag: PageWeight; archive: PageWeight };
  serving: { durationSeconds: number; connections: number; routes: ServingResult[] } | null;
  /** The worst cumulative layout shift of a post, home and the archive (scripts/bench/layout-shift.ts) */
  layoutShift: number | null;
  /** Cold build, rebuilds, and the bare stack's cold build on the same posts (scripts/bench/rebuilds.ts). */
  rebuilds?: RebuildResult;
  budgets: BudgetResult[];
  budgetsPassed: boolean;
}

export interface BenchOptions {
  posts: number;
  seed: number;
  serve: boolean;
  /** Also build the bare stack on the same posts (`--no-bare` skips it). */
  bare: boolean;
  /** Only the build figures (`--rebuilds-only`). */
  rebuildsOnly?: boolean;
  keep: boolean;
  port: number;
  durationSeconds: number;
  connections: number;
  log: (line: string) => void;
}

const repoRoot = path.resolve(__dirname, '..', '..');

function step(measurement: ProcessMeasurement): StepResult {
  const { wallMs, peakLargestRssBytes, peakTreeRssBytes } = measurement;
  return { wallMs, peakLargestRssBytes, peakTreeRssBytes };
}

/** What every result starts with: the run and the machine it ran on (load averages: it is shared). */
function runFacts(posts: number, seed: number, loadAverageBefore: number[]): Pick<BenchResult, 'posts' | 'seed' | 'date' | 'commit' | 'machine'> {
  return {
    posts,
    seed,
    date: new Date().toISOString(),
    commit: currentCommit(repoRoot),
    machine: { cpus: os.cpus().length, memoryGiB: os.totalmem() / 1024 ** 3, node: process.version, loadAverageBefore, loadAverageAfter: os.loadavg() },
  };
}

function countFiles(dir: string, suffix: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith(suffix)).length : 0;
}

/** The tag page listing the most posts: the worst case of a list page. */
function largestTagRoute(nextDir: string): string {
  const dir = path.join(nextDir, 'server', 'app', 'tags');
  const pages = fs.readdirSync(dir).filter((name) => name.endsWith('.html'));
  const largest = pages.sort((a, b) => fs.statSync(path.join(dir, b)).size - fs.statSync(path.join(dir, a)).size)[0];
  if (!largest) throw new Error('The build produced no tag page.');
  return `/tags/${largest.replace(/\.html$/, '')}`;
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const loadAverageBefore = os.loadavg();
  const posts = withImages(generatePosts(options.posts, options.seed));
  const workDir = createWorkspace(repoRoot, posts);
  log(`bench: ${posts.length} synthetic posts in ${workDir}`);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  const bin = (name: string) => path.join(workDir, 'node_modules', '.bin', name);
  const nextDir = path.join(workDir, '.next');
  const servers: { stop(): Promise<void> }[] = [];
  try {
    log('bench: images …');
    const imageFiles = await writeImagePool(workDir);
    const images = await measureImageCost(imageFiles, posts.filter((post) => post.markdown.includes('](/bench-images/')).length);
    log('bench: content check …');
    const contentCheck = await measureCommand(bin('tsx'), ['scripts/build/content-check.ts', '--quiet'], { cwd: workDir, env });
    log('bench: contentlayer2 build …');
    const contentlayer = await measureCommand(process.execPath, ['scripts/build/content-build.mjs'], { cwd: workDir, env });
    log('bench: contentlayer2 build again, processed images kept …');
    const contentlayerWarmImages = await measureCommand(process.execPath, ['scripts/build/content-build.mjs', '--clearCache'], { cwd: workDir, env });
    log('bench: next build …');
    const nextBuild = await measureCommand(bin('next'), ['build'], { cwd: workDir, env });
    // Next's bundle analyzer compiles again (no prerendering) and writes only .next/diagnostics:
    // it tells which modules fill each client chunk, so site JS is counted by module.
    log('bench: next analyze …');
    const analyze = await measureCommand(bin('next'), ['analyze', '--output'], { cwd: workDir, env });

    const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, 'prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, unknown>;
    };
    const pages = {
      total: Object.keys(manifest.routes).length,
      posts: countFiles(path.join(nextDir, 'server', 'app', 'posts'), '.html'),
      tags: countFiles(path.join(nextDir, 'server', 'app', 'tags'), '.html'),
      expectedTags: new Set(posts.flatMap((post) => post.tags.map(tagSlug))).size,
    };

    const postRoute = `/posts/${posts[0]?.slug ?? ''}`;
    const weights = {
      post: measurePage(nextDir, postRoute, '/posts/[slug]'),
      home: measurePage(nextDir, '/', '/'),
      tag: measurePage(nextDir, largestTagRoute(nextDir), '/tags/[tag]'),
      archive: measurePage(nextDir, '/archive', '/archive'),
    };
    const lists = [weights.home, weights.tag, weights.archive];
    const listScriptsWithPostData: Record<string, string[]> = {};
    for (const page of lists) {
      listScriptsWithPostData[page.route] = page.scripts.filter((src) =>
        SLUG_PATTERN.test(fs.readFileSync(path.join(nextDir, src.replace(/^\/_next\//, '')), 'utf8')),
      );
    }
    const postHtml = fs.readFileSync(htmlFileOf(nextDir, postRoute), 'utf8');
    const postCss = weights.post.stylesheets.map((href) => fs.readFileSync(path.join(nextDir, href.replace(/^\/_next\//, '')), 'utf8')).join('\n');

    let serving: BenchResult['serving'] = null;
    let layoutShift: number | null = null;
    if (options.serve) {
      const nextPort = options.port;
      const staticPort = options.port + 1;
      log(`bench: serving on ${nextPort} (next start) and ${staticPort} (static) …`);
      servers.push(
        await startServer(bin('next'), ['start', '-H', '127.0.0.1', '-p', String(nextPort)], {
          cwd: workDir,
          env,
          probeUrl: `http://127.0.0.1:${nextPort}/`,
        }),
      );
      servers.push(
        await startServer(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'serve-static.ts'), '--layout', 'next', '--dir', nextDir, '--port', String(staticPort)], {
          cwd: workDir,
          env,
          probeUrl: `http://127.0.0.1:${staticPort}/`,
        }),
      );
      const load = { durationSeconds: options.durationSeconds, connections: options.connections };
      const routes: ServingResult[] = [];
      for (const route of [postRoute, '/']) {
        log(`bench: load on ${route} …`);
        const next = await runLoad(`http://127.0.0.1:${nextPort}${route}`, load);
        const plain = await runLoad(`http://127.0.0.1:${staticPort}${route}`, load);
        routes.push({ route, next, static: plain, ratio: plain.requestsPerSecond > 0 ? next.requestsPerSecond / plain.requestsPerSecond : 0 });
      }
      serving = { ...load, routes };
      log('bench: layout shift in chromium …');
      // The worst of three page kinds: a post's text, home's cards and the archive's list move differently.
      const shifts: number[] = [];
      for (const route of [postRoute, '/', '/archive']) shifts.push(await measureLayoutShift(`http://127.0.0.1:${nextPort}${route}`));
      layoutShift = Math.max(...shifts);
    }

    // Last: rebuilding changes .next/, which everything above measured.
    const rebuilds = await measureRebuilds({
      workDir,
      posts,
      env,
      bare: options.bare,
      log,
    });

    const budgets = evaluateBudgets({
      post: weights.post,
      lists,
      listScriptsWithPostData,
      // The budget is the build's largest process, whichever step it runs in (contentlayer2 at scale).
      peakLargestRssBytes: Math.max(contentCheck.peakLargestRssBytes, contentlayer.peakLargestRssBytes, nextBuild.peakLargestRssBytes),
      postCss,
      postImagesWithoutSize: imagesWithoutSize(postHtml),
      layoutShift: layoutShift ?? undefined,
    });
    return {
      ...runFacts(posts.length, options.seed, loadAverageBefore),
      steps: {
        contentCheck: step(contentCheck),
        contentlayer: step(contentlayer),
        contentlayerWarmImages: step(contentlayerWarmImages),
        contentTotalMs: contentCheck.wallMs + contentlayer.wallMs,
        nextBuild: step(nextBuild),
        analyze: step(analyze),
      },
      pages,
      images,
      weights,
      serving,
      layoutShift,
      rebuilds,
      budgets,
      budgetsPassed: budgets.every((budget) => budget.pass),
    };
  } finally {
    for (const server of servers) await server.stop();
    if (options.keep) log(`bench: kept ${workDir}`);
    else {
      // Tens of thousands of files at 10,000 posts: minutes of disk work, not a hang.
      log(`bench: removing ${workDir} …`);
      removeWorkspace(workDir);
    }
  }
}

/**
 * `--rebuilds-only`: the build figures alone (scripts/bench/rebuilds.ts: the site cold, rebuilt with
 * nothing changed and after one edit, and the bare stack cold), in a fresh copy with the same posts.
 */
async function runRebuildsOnly(options: BenchOptions): Promise<Pick<BenchResult, 'posts' | 'seed' | 'date' | 'commit' | 'machine' | 'rebuilds'>> {
  const loadAverageBefore = os.loadavg();
  const posts = withImages(generatePosts(options.posts, options.seed));
  const workDir = createWorkspace(repoRoot, posts);
  options.log(`bench: ${posts.length} synthetic posts in ${workDir}`);
  try {
    await writeImagePool(workDir);
    const rebuilds = await measureRebuilds({ workDir, posts, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, bare: options.bare, log: options.log });
    return {
      ...runFacts(posts.length, options.seed, loadAverageBefore),
      rebuilds,
    };
  } finally {
    if (options.keep) options.log(`bench: kept ${workDir}`);
    else removeWorkspace(workDir);
  }
}

function parseCli(argv: string[]): BenchOptions & { out?: string | undefined } {
  const { values } = parseArgs({
    args: argv,
    options: {
      posts: { type: 'string' },
      out: { type: 'string' },
      'no-serve': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      'rebuilds-only': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      port: { type: 'string', default: '3550' },
      seed: { type: 'string', default: '7' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
    },
    strict: true,
  });
  const integer = (name: string, text: string | undefined, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${text ?? 'nothing'}`);
    return value;
  };
  return {
    posts: integer('posts', values.posts, 1),
    out: values.out,
    serve: !values['no-serve'],
    bare: !values['no-bare'],
    rebuildsOnly: values['rebuilds-only'],
    keep: values.keep,
    port: integer('port', values.port, 1),
    seed: integer('seed', values.seed, 0),
    durationSeconds: integer('duration', values.duration, 1),
    connections: integer('connections', values.connections, 1),
    log: (line) => console.error(line),
  };
}

function writeOut(out: string | undefined, result: object): void {
  if (!out) return;
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwritten: ${out}`);
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCli>;
  try {
    options = parseCli(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: npm run bench -- --posts N [--out FILE.json] [--no-serve] [--no-bare] [--rebuilds-only] [--keep] [--port 3550]`);
    process.exit(2);
  }
  if (options.rebuildsOnly) {
    const result = await runRebuildsOnly(options);
    if (result.rebuilds) console.log(`${result.posts} posts, load average before ${result.machine.loadAverageBefore.map((n) => n.toFixed(1)).join(' ')}, after ${result.machine.loadAverageAfter.map((n) => n.toFixed(1)).join(' ')}\n${formatRebuilds(result.rebuilds)}`);
    writeOut(options.out, result);
    return;
  }
  const result = await runBenchmark(options);
  console.log(formatReport(result));
  writeOut(options.out, result);
  // Budgets are enforced: a failing one fails the command, after the figures are written.
  if (!result.budgetsPassed) process.exitCode = 3;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

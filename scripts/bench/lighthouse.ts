/**
 * `npm run bench:lighthouse -- [--posts 100] [--rounds 3] [--work-loads 10] [--port 3560] [--pages home,post] [--out FILE.json]`
 * `npm run bench:lighthouse -- --pool A.json B.json …` (no build: the runs of saved results, together)
 *
 * Lighthouse (mobile, the npm package's defaults, offline against localhost) on the site and on the
 * bare Next + contentlayer2 stack (benchmarks/bare-stack/), both built from the same synthetic posts
 * in temp folders. After one unmeasured run of each page, runs are interleaved (site, bare, bare, site,
 * …) so a busy machine weighs on both alike; the report gives each page kind's median and range. Needs Chromium (scripts/test/chromium.mjs
 * finds it). Then each page's parsing, style and layout, from Chromium's trace over
 * `--work-loads` cold loads (scripts/bench/first-paint-work.ts; 0 skips it): steadier than the scores.
 * A page's score moves by several points between runs, so `--pool` puts the rounds of several saved
 * runs together and says whether site and bare differ by more than that (scripts/bench/rank-test.ts).
 * `--pages` measures some page kinds only, to spend the rounds where the stacks are hard to tell apart.
 * `--throttling devtools` has Lighthouse slow Chromium's CPU and network itself and observe every figure,
 * instead of simulating them from an unthrottled load (its default, `simulate`): a cross-check on what
 * the simulation makes of the two stacks, not the issue's measure.
 * `--bare-prefetch off` builds the bare stack with `prefetch={false}` on its links, as the site's are
 * (components/PageLink.tsx): the stacks then differ in what they render, not in prefetching.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tagSlug } from '../../lib/content/tags';
import { CHROMIUM_ARGS, chromiumExecutable } from '../test/chromium.mjs';
import { measureFirstPaintWork, type FirstPaintWork, type TraceEvent } from './first-paint-work';
import { splitBlocking, type BlockingSplit } from './lantern-blocking';
import { simulateBlocking } from './lantern-simulation.mjs';
import { startServer, type ServerHandle } from './load';
import { median } from './median';
import { mannWhitneyP, shiftInterval } from './rank-test';
import { generatePosts, type SyntheticPost } from './synthetic-posts';
import { createWorkspace, currentCommit, removeWorkspace, workspaceEnv } from './workspace';

const repoRoot = path.resolve(__dirname, '..', '..');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  scores: Record<Category, number>;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  firstContentfulPaintMs: number;
  /** Main-thread time by kind of work (Lighthouse's mainthread-work-breakdown), ms. */
  mainThreadMs: Record<string, number>;
  /** Script evaluation per script, ms (bootup-time; scripts under its 50 ms threshold are left out). */
  scriptMs: Record<string, number>;
  /** Audits below full marks outside performance, and performance audits that cost time or bytes. */
  failing: string[];
  /** Bytes over the wire by kind (network-requests), kB: Lighthouse's simulated network shares its bandwidth among them. */
  transferKb: { document: number; stylesheet: number; script: number };
  /**
   * The unthrottled load the simulation starts from (the metrics audit's observed times; with applied
   * throttling, the throttled load itself), ms. When the
   * first paint comes after the load event, Lantern counts every script as needed for it and LCP rises
   * by about a second. Headless Chromium held the first frame of either stack for a whole second or two
   * in most runs of results saved before 5 December 2026 (GoogleChrome/lighthouse#17148); the harness now
   * passes COMPOSITOR_FLAGS, and this records that the hold stays away. Absent in older results.
   *
   * `scriptBeforePaint`: Chromium began to evaluate the page's largest script, the framework's, before
   * the first paint (scriptRanBeforePaint, from the run's trace). Lantern then counts that script's
   * download and evaluation as needed for the largest paint, and LCP comes out several hundred ms
   * longer than in a run that painted first, on either stack (BENCHMARKS.md, Lighthouse). Absent in
   * results saved before it was recorded, and when the trace lacks the paint or the evaluation.
   */
  observed?: { firstPaintMs: number; loadMs: number; scriptBeforePaint?: boolean };
  /**
   * The blocking time split into the framework's task and the rest, and the windows the framework's
   * task counted in (scripts/bench/lantern-blocking.ts), from Lantern rerun on the run's trace. Absent
   * in results saved before it was recorded, and when the rerun did not give the report's figure.
   */
  blocking?: BlockingSplit;
}

export interface PageKindResult {
  kind: string;
  site: { route: string; runs: LighthouseRun[]; work?: FirstPaintWork };
  bare: { route: string; runs: LighthouseRun[]; work?: FirstPaintWork } | null;
}

export interface LighthouseBenchResult {
  posts: number;
  rounds: number;
  /** Loads per page behind each `work` median (scripts/bench/first-paint-work.ts). */
  workLoads: number;
  date: string;
  /** The commit measured (short); absent in results saved before it was recorded. */
  commit?: string | null;
  lighthouse: string;
  /** How Lighthouse throttled: absent for its default, simulation (every result saved before this was recorded). */
  throttling?: 'devtools';
  /** false: the bare stack's links did not prefetch (`--bare-prefetch off`); absent for its own default. */
  barePrefetch?: false;
  machine: { cpus: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  pages: PageKindResult[];
}

export type Throttling = 'simulate' | 'devtools';

/** `--throttling` as a mode; anything else is an error naming the two. */
export function parseThrottling(text: string | undefined): Throttling {
  if (text === undefined || text === 'simulate') return 'simulate';
  if (text === 'devtools') return 'devtools';
  throw new Error(`--throttling takes simulate (Lighthouse's default) or devtools, got ${text === '' ? 'nothing' : text}`);
}

/** `--bare-prefetch` as a flag: on (the bare stack as it is) or off; anything else is an error. */
export function parseBarePrefetch(text: string | undefined): boolean {
  if (text === undefined || text === 'on') return true;
  if (text === 'off') return false;
  throw new Error(`--bare-prefetch takes on (the bare stack as it is) or off, got ${text === '' ? 'nothing' : text}`);
}

/** A bare-stack source file with every next/link `<Link` told not to prefetch. */
export function withoutPrefetch(source: string): string {
  return source.replace(/<Link(?=[\s>])/g, '<Link prefetch={false}');
}

interface LighthouseJson {
  lighthouseVersion: string;
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number; title: string; details?: { items?: Record<string, unknown>[] } }>;
}

/** `{ label: ms }` from an audit's table (rounded). */
function tableOf(report: LighthouseJson, id: string, label: string, value: string): Record<string, number> {
  const entries = (report.audits[id]?.details?.items ?? []).map((item) => [String(item[label]).replace(/^https?:\/\/[^/]+/, ''), Math.round(Number(item[value]))] as const);
  return Object.fromEntries(entries.filter(([, ms]) => Number.isFinite(ms)));
}

/** The figures that matter from a Lighthouse report. */
export function summarise(report: LighthouseJson): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((report.categories[id]?.score ?? 0) * 100)])) as Record<Category, number>;
  const failing = new Set<string>();
  for (const id of CATEGORIES) {
    for (const ref of report.categories[id]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      // Performance metrics are given as numbers; their audits are listed only when weighted.
      if (id === 'performance' && ref.weight === 0 && audit.scoreDisplayMode === 'numeric') continue;
      failing.add(ref.id);
    }
  }
  const value = (id: string) => Math.round(report.audits[id]?.numericValue ?? Number.NaN);
  const metrics = report.audits.metrics?.details?.items?.[0];
  const firstPaintMs = Math.round(Number(metrics?.observedFirstContentfulPaint ?? Number.NaN));
  const loadMs = Math.round(Number(metrics?.observedLoad ?? Number.NaN));
  const requests = report.audits['network-requests']?.details?.items ?? [];
  const kilobytes = (type: string) => Math.round(requests.filter((item) => item.resourceType === type).reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0) / 102.4) / 10;
  return {
    scores,
    totalBlockingTimeMs: value('total-blocking-time'),
    largestContentfulPaintMs: value('largest-contentful-paint'),
    firstContentfulPaintMs: value('first-contentful-paint'),
    mainThreadMs: tableOf(report, 'mainthread-work-breakdown', 'groupLabel', 'duration'),
    scriptMs: tableOf(report, 'bootup-time', 'url', 'scripting'),
    failing: [...failing].sort(),
    transferKb: { document: kilobytes('Document'), stylesheet: kilobytes('Stylesheet'), script: kilobytes('Script') },
    // A run without them (Lighthouse failed to trace the paint) is left out of the held-frame count.
    ...(Number.isFinite(firstPaintMs) && Number.isFinite(loadMs) ? { observed: { firstPaintMs, loadMs } } : {}),
  };
}

/** The page's largest script (the framework's on both stacks), from the report's requests. */
export function largestScript(report: LighthouseJson): string | undefined {
  const scripts = (report.audits['network-requests']?.details?.items ?? []).filter((item) => item.resourceType === 'Script');
  const largest = scripts.reduce<Record<string, unknown> | undefined>((best, item) => (Number(item.resourceSize ?? 0) > Number(best?.resourceSize ?? -1) ? item : best), undefined);
  return typeof largest?.url === 'string' ? largest.url : undefined;
}

/** A trace event with its time (µs) and, for a script's evaluation, the script's address. */
export interface TimedTraceEvent extends TraceEvent {
  ts: number;
  args?: { data?: { url?: string } };
}

/**
 * Whether Chromium began to evaluate `scriptUrl` before the page's first contentful paint, from the
 * run's trace: Lantern then puts that script's download and evaluation among what the largest paint
 * waited for. Undefined when the trace has no such paint or no evaluation of the script.
 */
export function scriptRanBeforePaint(events: readonly TimedTraceEvent[], scriptUrl: string): boolean | undefined {
  const earliest = (pick: (event: TimedTraceEvent) => boolean) => events.reduce((first, event) => (pick(event) && event.ts < first ? event.ts : first), Number.POSITIVE_INFINITY);
  const paint = earliest((event) => event.name === 'firstContentfulPaint');
  const evaluation = earliest((event) => event.name === 'EvaluateScript' && event.args?.data?.url === scriptUrl);
  if (!Number.isFinite(paint) || !Number.isFinite(evaluation)) return undefined;
  return evaluation < paint;
}

/** Of the runs where `test` is known (not undefined), those where it holds, as `n/runs`; `–` when none is known. */
function countOf(runs: readonly LighthouseRun[], test: (run: LighthouseRun) => boolean | undefined): string {
  const known = runs.flatMap((run) => {
    const result = test(run);
    return result === undefined ? [] : [result];
  });
  return known.length ? `${known.filter(Boolean).length}/${known.length}` : '–';
}

/** Runs whose framework script began before the first paint (see `observed`). */
export function scriptBeforePaint(runs: readonly LighthouseRun[]): string {
  return countOf(runs, (run) => run.observed?.scriptBeforePaint);
}

/** Runs whose framework task counted in both of Lantern's blocking-time windows (see `blocking`). */
export function frameworkInBothWindows(runs: readonly LighthouseRun[]): string {
  return countOf(runs, (run) => (run.blocking ? run.blocking.frameworkWindows === 2 : undefined));
}

/** The median of one part of the runs' blocking split, or `n/a` when no run recorded it. */
function blockingPart(runs: readonly LighthouseRun[], key: 'frameworkMs' | 'otherMs'): string {
  const values = runs.flatMap((run) => (run.blocking ? [run.blocking[key]] : []));
  return values.length ? String(median(values)) : 'n/a';
}

/** Runs whose first paint came after the load event (see `observed`). */
export function paintedAfterLoad(runs: readonly LighthouseRun[]): string {
  return countOf(runs, (run) => (run.observed ? run.observed.firstPaintMs > run.observed.loadMs : undefined));
}

/**
 * Without this, headless Chromium's compositor sometimes held a loaded page's first frame until the next
 * whole second, and Lantern, which starts from the recorded paint, scored the held runs several points
 * apart from the others: which stack won a round was mostly which one was held. Drawing only once every
 * stage has run makes the frame come when the page is ready, on both stacks alike (BENCHMARKS.md,
 * Lighthouse).
 */
const COMPOSITOR_FLAGS = ['--run-all-compositor-stages-before-draw'];

/**
 * The run's blocking time split by source (scripts/bench/lantern-blocking.ts). Lantern rerun here must
 * give the report's total, or the split is left out and the log says so: a split of some other total
 * would mislead.
 */
async function frameworkBlocking(url: string, trace: unknown, devtoolsLog: unknown, frameworkUrl: string, reportedMs: number, log: (line: string) => void): Promise<BlockingSplit | undefined> {
  try {
    const simulated = await simulateBlocking({ url, trace, devtoolsLog });
    const split = splitBlocking(simulated.tasks.map((task) => ({ start: task.start, end: task.end, framework: task.scripts.includes(frameworkUrl) })), simulated.windows);
    if (Math.abs(split.frameworkMs + split.otherMs - reportedMs) <= 2) return split;
    log(`lighthouse bench: ${url}: Lantern rerun gave ${split.frameworkMs + split.otherMs} ms of blocking time, the report ${reportedMs}: no split recorded`);
  } catch (error) {
    log(`lighthouse bench: ${url}: Lantern rerun failed (${error instanceof Error ? error.message : String(error)}): no split recorded`);
  }
  return undefined;
}

/** One Lighthouse run in its own Chromium (the CLI), mobile settings, the four categories. */
async function lighthouse(url: string, throttling: Throttling, log: (line: string) => void): Promise<{ run: LighthouseRun; version: string }> {
  const bin = path.join(repoRoot, 'node_modules', '.bin', 'lighthouse');
  const flags = ['--headless=new', ...CHROMIUM_ARGS, ...COMPOSITOR_FLAGS];
  // The report and, beside it (`--save-assets`), the trace and DevTools log: scriptRanBeforePaint reads the
  // trace, frameworkBlocking both.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-lighthouse-'));
  const reportPath = path.join(dir, 'report.json');
  const args = [url, '--output=json', `--output-path=${reportPath}`, '--save-assets', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${flags.join(' ')}`, `--throttling-method=${throttling}`];
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(bin, args, { env: { ...process.env, CHROME_PATH: chromiumExecutable() }, stdio: ['ignore', 'ignore', 'pipe'] });
      const err: Buffer[] = [];
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse ${url} exited ${code}: ${Buffer.concat(err).toString('utf8').slice(-800)}`))));
    });
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as LighthouseJson;
    const run = summarise(report);
    const script = largestScript(report);
    const tracePath = path.join(dir, 'report-0.trace.json');
    const devtoolsLogPath = path.join(dir, 'report-0.devtoolslog.json');
    if (script && fs.existsSync(tracePath)) {
      const trace = JSON.parse(fs.readFileSync(tracePath, 'utf8')) as { traceEvents?: TimedTraceEvent[] } | TimedTraceEvent[];
      const before = scriptRanBeforePaint(Array.isArray(trace) ? trace : (trace.traceEvents ?? []), script);
      if (run.observed && before !== undefined) run.observed.scriptBeforePaint = before;
      // Applied throttling has no simulation to split.
      if (throttling === 'simulate' && fs.existsSync(devtoolsLogPath)) {
        const split = await frameworkBlocking(url, trace, JSON.parse(fs.readFileSync(devtoolsLogPath, 'utf8')), script, run.totalBlockingTimeMs, log);
        if (split) run.blocking = split;
      }
    }
    return { run, version: report.lighthouseVersion };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * With COMPOSITOR_FLAGS, a run now and then ends with Lighthouse's NO_FCP (no paint recorded) on either
 * stack, while the same page paints in the runs before and after. Such a run is tried again, at
 * most twice, and said in the log; any other failure ends the bench.
 */
export async function retryingNoPaint<T>(attempt: () => Promise<T>, label: string, log: (line: string) => void): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      if (tries > 2 || !(error instanceof Error) || !error.message.includes('(NO_FCP)')) throw error;
      log(`lighthouse bench: ${label}: no paint recorded (NO_FCP), trying again`);
    }
  }
}

function run(command: string, args: string[], cwd: string, log: (line: string) => void): void {
  log(`lighthouse bench: ${path.basename(cwd)}: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: workspaceEnv(cwd) });
}

/** The bare stack wants `slug:` and a YAML list of tags; the body is the same Markdown. */
export function barePost(post: SyntheticPost): string {
  const body = post.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  const frontmatter = ['---', `title: ${JSON.stringify(post.title)}`, `slug: ${post.slug}`, `date: ${post.date}`, 'tags:', ...post.tags.map((tag) => `  - ${JSON.stringify(tag)}`), '---'];
  return `${frontmatter.join('\n')}\n${body}`;
}

/** A copy of benchmarks/bare-stack with its own dependencies (from its lockfile) and the posts. */
function createBareWorkspace(posts: readonly SyntheticPost[], prefetch: boolean, log: (line: string) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bare-'));
  fs.cpSync(path.join(repoRoot, 'benchmarks', 'bare-stack'), dir, { recursive: true });
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    fs.chmodSync(file, entry.isDirectory() ? 0o755 : 0o644);
    if (!prefetch && entry.isFile() && file.endsWith('.tsx')) fs.writeFileSync(file, withoutPrefetch(fs.readFileSync(file, 'utf8')));
  }
  const postsDir = path.join(dir, 'content', 'posts');
  fs.mkdirSync(postsDir, { recursive: true });
  for (const post of posts) fs.writeFileSync(path.join(postsDir, `${post.slug}.md`), barePost(post));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], dir, log);
  return dir;
}

function cell(runs: LighthouseRun[] | undefined, pick: (run: LighthouseRun) => number): string {
  if (!runs || runs.length === 0) return 'n/a';
  const values = runs.map(pick);
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${median(values)}` : `${median(values)} (${low}–${high})`;
}

type StackResult = PageKindResult['site'];

/** `site / bare` for one figure of a page kind (`site` alone where the bare stack has no such page). */
function siteBare(page: PageKindResult, pick: (stack: StackResult) => number | string | undefined): string {
  return `${pick(page.site) ?? 'n/a'}${page.bare ? ` / ${pick(page.bare) ?? 'n/a'}` : ''}`;
}

function throttlingLabel(result: LighthouseBenchResult): string {
  return result.throttling === 'devtools' ? 'applied throttling (devtools)' : 'simulated throttling';
}

function bareLabel(result: LighthouseBenchResult): string {
  return result.barePrefetch === false ? 'bare stack without link prefetching' : 'bare stack as it is';
}

export function formatLighthouseReport(result: LighthouseBenchResult): string {
  const lines = [
    `Lighthouse ${result.lighthouse}, mobile, ${throttlingLabel(result)}, ${bareLabel(result)}, ${result.posts} posts, ${result.rounds} interleaved rounds; median (range)`,
    `load average before ${result.machine.loadAverageBefore.map((n) => n.toFixed(1)).join(' ')}, after ${result.machine.loadAverageAfter.map((n) => n.toFixed(1)).join(' ')}`,
    '',
    '| page | stack | performance | accessibility | best practices | SEO | TBT ms | LCP ms | first paint after load | script before first paint |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const page of result.pages) {
    for (const [stack, data] of [['site', page.site], ['bare', page.bare]] as const) {
      if (!data) continue;
      lines.push(
        `| ${page.kind} | ${stack} | ${cell(data.runs, (r) => r.scores.performance)} | ${cell(data.runs, (r) => r.scores.accessibility)} | ${cell(data.runs, (r) => r.scores['best-practices'])} | ${cell(data.runs, (r) => r.scores.seo)} | ${cell(data.runs, (r) => r.totalBlockingTimeMs)} | ${cell(data.runs, (r) => r.largestContentfulPaintMs)} | ${paintedAfterLoad(data.runs)} | ${scriptBeforePaint(data.runs)} |`,
      );
    }
  }
  if (result.workLoads > 0) {
    lines.push(
      '',
      `Parsing, style and layout until load, scripts off, main-thread CPU, median of ${result.workLoads} cold loads (ms, site / bare):`,
      '',
      '| page | parse | style | layout |',
      '| --- | --- | --- | --- |',
    );
    const work = (page: PageKindResult, key: keyof FirstPaintWork) => siteBare(page, (stack) => stack.work?.[key]);
    for (const page of result.pages) lines.push(`| ${page.kind} | ${work(page, 'parseMs')} | ${work(page, 'styleMs')} | ${work(page, 'layoutMs')} |`);
  }
  if (result.pages.some((page) => [...page.site.runs, ...(page.bare?.runs ?? [])].some((run) => run.blocking))) {
    lines.push(
      '',
      "Blocking time by source, from Lantern rerun on each run's trace (medians, ms, site / bare), and the runs whose framework task counted in both of its windows:",
      '',
      '| page | framework task | other tasks | framework task in both windows |',
      '| --- | --- | --- | --- |',
    );
    const part = (page: PageKindResult, format: (runs: readonly LighthouseRun[]) => string) => siteBare(page, (stack) => format(stack.runs));
    for (const page of result.pages) {
      lines.push(`| ${page.kind} | ${part(page, (runs) => blockingPart(runs, 'frameworkMs'))} | ${part(page, (runs) => blockingPart(runs, 'otherMs'))} | ${part(page, frameworkInBothWindows)} |`);
    }
  }
  lines.push('', 'Transfer, first round (kB over the wire, site / bare):', '', '| page | HTML | CSS | JS |', '| --- | --- | --- | --- |');
  const kb = (page: PageKindResult, key: keyof LighthouseRun['transferKb']) => siteBare(page, (stack) => stack.runs[0]?.transferKb[key]);
  for (const page of result.pages) lines.push(`| ${page.kind} | ${kb(page, 'document')} | ${kb(page, 'stylesheet')} | ${kb(page, 'script')} |`);
  const failing = new Map<string, Set<string>>();
  for (const page of result.pages) {
    for (const runResult of page.site.runs) for (const id of runResult.failing) (failing.get(id) ?? failing.set(id, new Set()).get(id))?.add(page.kind);
  }
  lines.push('', failing.size === 0 ? 'Site: no audit below full marks.' : 'Site audits below full marks in some run:');
  for (const [id, kinds] of failing) lines.push(`- ${id}: ${[...kinds].join(', ')}`);
  return lines.join('\n');
}

/** `estimate (low to high)` of a shift, or `–` without one. */
export function formatShift(a: readonly number[], b: readonly number[]): string {
  const shift = shiftInterval(a, b);
  if (!shift) return '–';
  const number = (value: number) => (Number.isFinite(value) ? `${Math.round(value * 10) / 10}` : value > 0 ? '∞' : '−∞').replace(/^-/, '−');
  return `${number(shift.estimate)} (${number(shift.low)} to ${number(shift.high)})`;
}

/**
 * The rounds of several saved runs together, per page kind: medians of site and bare, the rank test's
 * p-value for their performance scores (a small p: the two differ by more than runs vary), and by how
 * much the site lies above the bare stack in score and in blocking time, with the 95% range the test
 * cannot rule out: "not slower than the bare stack" holds to within that range's low end.
 */
export function formatPooledReport(results: readonly LighthouseBenchResult[]): string {
  // Simulated and applied throttling give different figures for the same page: never one pool.
  const modes = new Set(results.map(throttlingLabel));
  if (modes.size > 1) throw new Error(`--pool takes results of one throttling mode; these mix ${[...modes].join(' and ')}`);
  // Nor two bare stacks.
  const bares = new Set(results.map(bareLabel));
  if (bares.size > 1) throw new Error(`--pool takes results against one bare stack; these mix the ${[...bares].join(' and the ')}`);
  const lines = [
    `${results.length} runs pooled (${[...modes].join('')}, ${[...bares].join('')}): ${results.map((result) => `${result.date.slice(0, 16).replace('T', ' ')} (${result.commit ?? 'commit not recorded'}, ${result.rounds} rounds, ${result.posts} posts)`).join('; ')}`,
    '',
    '| page | rounds site / bare | performance site / bare | p (rank test) | performance, site − bare (95%) | TBT ms site / bare | TBT ms, site − bare (95%) | LCP ms site / bare | first paint after load site / bare | script before first paint site / bare | framework task in both TBT windows site / bare |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const kinds = [...new Set(results.flatMap((result) => result.pages.map((page) => page.kind)))];
  for (const kind of kinds) {
    const pages = results.flatMap((result) => result.pages.filter((page) => page.kind === kind));
    const site = pages.flatMap((page) => page.site.runs);
    const bare = pages.flatMap((page) => page.bare?.runs ?? []);
    const both = (pick: (run: LighthouseRun) => number) => `${median(site.map(pick))}${bare.length ? ` / ${median(bare.map(pick))}` : ''}`;
    const performance = (runs: readonly LighthouseRun[]) => runs.map((run) => run.scores.performance);
    const blocking = (runs: readonly LighthouseRun[]) => runs.map((run) => run.totalBlockingTimeMs);
    const counts = (count: (runs: readonly LighthouseRun[]) => string) => `${count(site)}${bare.length ? ` / ${count(bare)}` : ''}`;
    const p = bare.length ? mannWhitneyP(performance(site), performance(bare)).toFixed(2) : '–';
    lines.push(
      `| ${kind} | ${site.length}${bare.length ? ` / ${bare.length}` : ''} | ${both((run) => run.scores.performance)} | ${p} | ${formatShift(performance(site), performance(bare))} | ${both((run) => run.totalBlockingTimeMs)} | ${formatShift(blocking(site), blocking(bare))} | ${both((run) => run.largestContentfulPaintMs)} | ${counts(paintedAfterLoad)} | ${counts(scriptBeforePaint)} | ${counts(frameworkInBothWindows)} |`,
    );
  }
  return lines.join('\n');
}

/** The page kinds measured, in order. */
export const PAGE_KINDS = ['home', 'post', 'tags', 'tag', 'archive', 'search'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** `--pages home,post` as page kinds (every kind when absent); an unknown kind is an error naming the known ones. */
export function parsePageKinds(text: string | undefined): PageKind[] {
  if (text === undefined) return [...PAGE_KINDS];
  const wanted = text.split(',').map((part) => part.trim()).filter(Boolean);
  const unknown = wanted.filter((kind) => !(PAGE_KINDS as readonly string[]).includes(kind));
  if (wanted.length === 0 || unknown.length > 0) throw new Error(`--pages takes page kinds separated by commas (${PAGE_KINDS.join(', ')}), got ${text === '' ? 'nothing' : text}`);
  return PAGE_KINDS.filter((kind) => wanted.includes(kind));
}

export async function runLighthouseBench(options: { posts: number; rounds: number; workLoads: number; port: number; seed: number; pages: readonly PageKind[]; throttling: Throttling; barePrefetch: boolean; keep: boolean; log: (line: string) => void }): Promise<LighthouseBenchResult> {
  const { log } = options;
  const loadAverageBefore = os.loadavg();
  const posts = generatePosts(options.posts, options.seed);
  const siteDir = createWorkspace(repoRoot, posts);
  const servers: ServerHandle[] = [];
  let bareDir: string | undefined;
  try {
    const bin = (name: string) => path.join(siteDir, 'node_modules', '.bin', name);
    // The site as `npm run build` makes it (content check, content step, next build, search index).
    run(bin('tsx'), ['scripts/build/content-check.ts', '--quiet'], siteDir, log);
    run(process.execPath, ['scripts/build/content-build.mjs'], siteDir, log);
    run(bin('next'), ['build'], siteDir, log);
    run(process.execPath, ['scripts/build/search-index.mjs', '.next/server/app', 'public/pagefind'], siteDir, log);
    bareDir = createBareWorkspace(posts, options.barePrefetch, log);
    run('npm', ['run', 'build'], bareDir, log);

    const sitePort = options.port;
    const barePort = options.port + 1;
    servers.push(await startServer(bin('next'), ['start', '-H', '127.0.0.1', '-p', String(sitePort)], { cwd: siteDir, env: workspaceEnv(siteDir), probeUrl: `http://127.0.0.1:${sitePort}/` }));
    servers.push(
      await startServer(path.join(bareDir, 'node_modules', '.bin', 'next'), ['start', '-H', '127.0.0.1', '-p', String(barePort)], {
        cwd: bareDir,
        env: workspaceEnv(bareDir),
        probeUrl: `http://127.0.0.1:${barePort}/`,
      }),
    );

    const post = posts[0];
    const tag = post?.tags[0];
    if (!post || !tag) throw new Error('No synthetic post with a tag.');
    const bareTagKey = tag.toLowerCase().replace(/[^a-z0-9]+/g, '');
    // Every page kind needs its routes here: the type refuses a kind without them.
    const routes: Record<PageKind, { site: string; bare: string | null }> = {
      home: { site: '/', bare: '/' },
      post: { site: `/posts/${post.slug}`, bare: `/posts/${post.slug}` },
      tags: { site: '/tags', bare: null },
      tag: { site: `/tags/${tagSlug(tag)}`, bare: `/tags/${bareTagKey}` },
      archive: { site: '/archive', bare: '/archive' },
      search: { site: '/search', bare: null },
    };
    const pages: PageKindResult[] = options.pages.map((kind) => {
      const { site, bare } = routes[kind];
      return { kind, site: { route: site, runs: [] }, bare: bare ? { route: bare, runs: [] } : null };
    });
    const address = (stack: 'site' | 'bare', route: string) => `http://127.0.0.1:${stack === 'site' ? sitePort : barePort}${route}`;
    // One unmeasured run of every page first: the first Lighthouse run meets a cold machine (Chromium's
    // files, each server's first requests), and it has scored the site's home, always measured first,
    // under all of its later runs.
    for (const page of pages) {
      for (const [stack, target] of [['site', page.site], ['bare', page.bare]] as const) {
        if (!target) continue;
        const { run: warmUp } = await retryingNoPaint(() => lighthouse(address(stack, target.route), options.throttling, log), address(stack, target.route), log);
        log(`lighthouse bench: warm-up ${page.kind} ${stack}: perf ${warmUp.scores.performance} TBT ${warmUp.totalBlockingTimeMs} ms (not counted)`);
      }
    }
    let version = '';
    for (let round = 0; round < options.rounds; round++) {
      for (const page of pages) {
        // Alternate which stack goes first, so neither always meets the same moment of load.
        const order = round % 2 === 0 ? (['site', 'bare'] as const) : (['bare', 'site'] as const);
        for (const stack of order) {
          const target = stack === 'site' ? page.site : page.bare;
          if (!target) continue;
          const url = address(stack, target.route);
          const { run: result, version: used } = await retryingNoPaint(() => lighthouse(url, options.throttling, log), url, log);
          version = used;
          target.runs.push(result);
          log(`lighthouse bench: round ${round + 1} ${page.kind} ${stack}: perf ${result.scores.performance} a11y ${result.scores.accessibility} bp ${result.scores['best-practices']} seo ${result.scores.seo} TBT ${result.totalBlockingTimeMs} ms LCP ${result.largestContentfulPaintMs} ms (${options.throttling === 'devtools' ? 'observed' : 'unthrottled'}: first paint ${result.observed?.firstPaintMs} ms, load ${result.observed?.loadMs} ms${result.observed?.scriptBeforePaint ? ', script before it' : ''})${result.blocking ? ` (blocking: framework ${result.blocking.frameworkMs} ms in ${result.blocking.frameworkWindows} of 2 windows, other ${result.blocking.otherMs} ms)` : ''}${result.failing.length ? ` [${result.failing.join(' ')}]` : ''}`);
        }
      }
    }
    if (options.workLoads > 0) {
      const targets = pages.flatMap((page) => [
        { target: page.site, url: address('site', page.site.route) },
        ...(page.bare ? [{ target: page.bare, url: address('bare', page.bare.route) }] : []),
      ]);
      log(`lighthouse bench: parsing, style and layout, ${options.workLoads} loads of ${targets.length} pages`);
      const work = await measureFirstPaintWork(targets.map((entry) => entry.url), options.workLoads);
      for (const { target, url } of targets) target.work = work.get(url);
    }
    return {
      posts: posts.length,
      rounds: options.rounds,
      workLoads: options.workLoads,
      date: new Date().toISOString(),
      commit: currentCommit(repoRoot),
      lighthouse: version,
      ...(options.throttling === 'devtools' ? { throttling: 'devtools' as const } : {}),
      ...(options.barePrefetch ? {} : { barePrefetch: false as const }),
      machine: { cpus: os.cpus().length, loadAverageBefore, loadAverageAfter: os.loadavg() },
      pages,
    };
  } finally {
    for (const server of servers) await server.stop();
    if (options.keep) log(`lighthouse bench: kept ${siteDir}${bareDir ? ` and ${bareDir}` : ''}`);
    else {
      removeWorkspace(siteDir);
      if (bareDir) removeWorkspace(bareDir);
    }
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      posts: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '3' },
      'work-loads': { type: 'string', default: '10' },
      port: { type: 'string', default: '3560' },
      seed: { type: 'string', default: '7' },
      out: { type: 'string' },
      pages: { type: 'string' },
      throttling: { type: 'string' },
      'bare-prefetch': { type: 'string' },
      keep: { type: 'boolean', default: false },
      pool: { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.pool) {
    if (positionals.length === 0) throw new Error('--pool needs the result files to pool: --pool A.json B.json');
    console.log(formatPooledReport(positionals.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as LighthouseBenchResult)));
    return;
  }
  if (positionals.length > 0) throw new Error(`Unexpected arguments: ${positionals.join(' ')} (result files go after --pool)`);
  const integer = (name: string, text: string | undefined, min: number) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got ${text ?? 'nothing'}`);
    return value;
  };
  const result = await runLighthouseBench({
    posts: integer('posts', values.posts, 1),
    rounds: integer('rounds', values.rounds, 1),
    workLoads: integer('work-loads', values['work-loads'], 0),
    port: integer('port', values.port, 1),
    seed: integer('seed', values.seed, 0),
    pages: parsePageKinds(values.pages),
    throttling: parseThrottling(values.throttling),
    barePrefetch: parseBarePrefetch(values['bare-prefetch']),
    keep: values.keep,
    log: (line) => console.error(line),
  });
  console.log(formatLighthouseReport(result));
  if (values.out) {
    fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    fs.writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nwritten: ${values.out}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

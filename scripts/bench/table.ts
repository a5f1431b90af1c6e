/**
 * The BENCHMARKS.md tables from the JSON the harness writes:
 *   npx tsx scripts/bench/table.ts benchmarks/results/n*.json
 */
import fs from 'node:fs';
import type { BenchResult } from './run';

const s = (ms: number) => (ms / 1000).toFixed(1);
const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const GiB = (bytes: number) => (bytes / 1024 ** 3).toFixed(2);

function largestStep(r: BenchResult): string {
  const steps = [
    ['content check', r.steps.contentCheck],
    ['contentlayer2', r.steps.contentlayer],
    ['next build', r.steps.nextBuild],
  ] as const;
  return [...steps].sort((a, b) => b[1].peakLargestRssBytes - a[1].peakLargestRssBytes)[0]?.[0] ?? '';
}

export function formatTables(results: readonly BenchResult[]): string {
  const sorted = [...results].sort((a, b) => a.posts - b.posts);
  const build = [
    '| posts | content check (s) | contentlayer2 (s) | content ms/post | next build (s) | next build ms/post | largest process (GiB) | next build whole tree (GiB) | pages built | load avg before |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sorted.map((r) =>
      [
        r.posts.toLocaleString('en-US'),
        s(r.steps.contentCheck.wallMs),
        s(r.steps.contentlayer.wallMs),
        ((r.steps.contentCheck.wallMs + r.steps.contentlayer.wallMs) / r.posts).toFixed(1),
        s(r.steps.nextBuild.wallMs),
        (r.steps.nextBuild.wallMs / r.posts).toFixed(1),
        `${GiB(Math.max(r.steps.contentCheck.peakLargestRssBytes, r.steps.contentlayer.peakLargestRssBytes, r.steps.nextBuild.peakLargestRssBytes))} (${largestStep(r)})`,
        GiB(r.steps.nextBuild.peakTreeRssBytes),
        String(r.pages.total),
        (r.machine.loadAverageBefore[0] ?? 0).toFixed(1),
      ].join(' | '),
    ).map((row) => `| ${row} |`),
  ];
  const weights = [
    '| posts | post HTML (kB) | post JS beyond runtime (kB gz) | all JS a post loads (kB gz) | CSS (kB gz) | home HTML (kB) | home JS beyond runtime (kB gz) | largest tag page HTML (kB) | archive HTML (kB) | archive JS beyond runtime (kB gz) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sorted.map((r) => {
      const w = r.weights;
      return `| ${[
        r.posts.toLocaleString('en-US'),
        kB(w.post.html.raw),
        kB(w.post.siteJs.gzip),
        kB(w.post.js.gzip),
        kB(w.post.css.gzip),
        kB(w.home.html.raw),
        kB(w.home.siteJs.gzip),
        kB(w.tag.html.raw),
        kB(w.archive.html.raw),
        kB(w.archive.siteJs.gzip),
      ].join(' | ')} |`;
    }),
  ];
  const serving = [
    '| posts | route | next start req/s | p50 / p99 (ms) | static req/s | p50 / p99 (ms) | next / static |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
    ...sorted.flatMap((r) =>
      (r.serving?.routes ?? []).map(
        (row) =>
          `| ${r.posts.toLocaleString('en-US')} | ${row.route.startsWith('/posts/') ? 'a post' : 'home'} | ${row.next.requestsPerSecond.toFixed(0)} | ${row.next.p50Ms} / ${row.next.p99Ms} | ${row.static.requestsPerSecond.toFixed(0)} | ${row.static.p50Ms} / ${row.static.p99Ms} | ${row.ratio.toFixed(2)} |`,
      ),
    ),
  ];
  const budgets = [
    '| posts | failed budgets | layout shift |',
    '| ---: | --- | ---: |',
    ...sorted.map((r) => {
      const failed = r.budgets.filter((budget) => !budget.pass).map((budget) => `${budget.name} (${budget.actual})`);
      return `| ${r.posts.toLocaleString('en-US')} | ${failed.length === 0 ? 'none' : failed.join('; ')} | ${r.layoutShift?.toFixed(4) ?? '–'} |`;
    }),
  ];
  return [build, weights, serving, budgets].map((table) => table.join('\n')).join('\n\n');
}

if (require.main === module) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npx tsx scripts/bench/table.ts benchmarks/results/n*.json');
    process.exit(2);
  }
  console.log(formatTables(files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult)));
}

import type { BenchResult } from './run';
import type { RebuildResult } from './rebuilds';
import type { PageWeight, Size } from './page-weight';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const size = ({ raw, gzip }: Size) => `${kB(raw)} (${kB(gzip)} gz)`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

function weightRow(label: string, page: PageWeight): string[] {
  return [label, page.route, size(page.html), size(page.js), size(page.siteJs), size(page.css)];
}

/** The human summary the harness prints; the JSON holds the same figures unrounded. */
export function formatReport(result: BenchResult): string {
  const { steps, pages, weights } = result;
  const parts = [
    `Benchmark: ${result.posts} posts at ${result.commit ?? 'an unknown commit'}, ${result.machine.cpus} cores, load average ${result.machine.loadAverageBefore.map((load) => load.toFixed(1)).join(' ')} before`,
    '',
    table(
      ['step', 'wall time', 'largest process', 'whole tree'],
      [
        ['content check', seconds(steps.contentCheck.wallMs), mib(steps.contentCheck.peakLargestRssBytes), mib(steps.contentCheck.peakTreeRssBytes)],
        ['contentlayer2 build', seconds(steps.contentlayer.wallMs), mib(steps.contentlayer.peakLargestRssBytes), mib(steps.contentlayer.peakTreeRssBytes)],
        ['contentlayer2 build, images cached', seconds(steps.contentlayerWarmImages.wallMs), mib(steps.contentlayerWarmImages.peakLargestRssBytes), mib(steps.contentlayerWarmImages.peakTreeRssBytes)],
        ['next build', seconds(steps.nextBuild.wallMs), mib(steps.nextBuild.peakLargestRssBytes), mib(steps.nextBuild.peakTreeRssBytes)],
        ['next analyze (not part of a build)', seconds(steps.analyze.wallMs), mib(steps.analyze.peakLargestRssBytes), mib(steps.analyze.peakTreeRssBytes)],
      ],
    ),
    '',
    `pages built: ${pages.total} (${pages.posts} posts, ${pages.tags} tag pages)`,
    '',
    `images: ${result.images.images} distinct in ${result.images.posts} posts, ${result.images.msPerImage.toFixed(0)} ms per image processed (cold cache); ` +
      `original ${kB(result.images.originalBytes)} → largest served ${kB(result.images.largestServedBytes)} ` +
      `(${((1 - result.images.largestServedBytes / Math.max(1, result.images.originalBytes)) * 100).toFixed(0)}% saved); ` +
      `content step ${seconds(steps.contentlayer.wallMs)} cold, ${seconds(steps.contentlayerWarmImages.wallMs)} with images cached`,
    '',
    table(
      ['page', 'route', 'HTML', 'JS loaded', 'JS beyond runtime', 'CSS'],
      [weightRow('post', weights.post), weightRow('home', weights.home), weightRow('tag', weights.tag), weightRow('archive', weights.archive)],
    ),
    '',
    `post page JS beyond the runtime, by module: ${weights.post.siteModules.map((entry) => `${entry.path.replace(/^\[project\]\//, '')} ${kB(entry.gzip)}`).join(', ') || 'none'}`,
  ];
  if (result.serving) {
    const { durationSeconds, connections, routes } = result.serving;
    parts.push(
      '',
      `serving: ${durationSeconds} s × ${connections} connections per row`,
      table(
        ['route', 'server', 'req/s', 'p50', 'p99', 'non-2xx', 'next/static'],
        routes.flatMap((row) => [
          [row.route, 'next start', row.next.requestsPerSecond.toFixed(0), `${row.next.p50Ms} ms`, `${row.next.p99Ms} ms`, String(row.next.non2xx), row.ratio.toFixed(2)],
          ['', 'static', row.static.requestsPerSecond.toFixed(0), `${row.static.p50Ms} ms`, `${row.static.p99Ms} ms`, String(row.static.non2xx), ''],
        ]),
      ),
    );
  } else {
    parts.push('', 'serving: skipped (--no-serve)');
  }
  if (result.rebuilds) parts.push('', formatRebuilds(result.rebuilds));
  parts.push(
    '',
    table(
      ['budget', 'limit', 'actual', ''],
      result.budgets.map((budget) => [budget.name, budget.limit, budget.actual, budget.pass ? 'PASS' : 'FAIL']),
    ),
  );
  return parts.join('\n');
}

/** The build figures: the site cold, rebuilt with nothing changed and after one edit, beside the bare stack. */
export function formatRebuilds({ coldMs, warmMs, afterEditMs, bareColdMs, coldVsBare, editVsCold }: RebuildResult): string {
  return [
    'builds (check + content step + next build), same posts, same run:',
    table(
      ['build', 'wall time', 'ratio', 'target'],
      [
        ['site, cold (--clean)', seconds(coldMs), coldVsBare === null ? '' : `${coldVsBare.toFixed(2)}x bare`, '≤ 2x bare (goal 1.5x)'],
        ['site, rebuild with nothing changed', seconds(warmMs), `${(warmMs / coldMs).toFixed(2)}x cold`, ''],
        ['site, rebuild after editing one post', seconds(afterEditMs), `${editVsCold.toFixed(2)}x cold`, '≤ 0.5x cold'],
        ['bare Next + contentlayer2, cold', bareColdMs === null ? 'skipped (--no-bare)' : seconds(bareColdMs), '', ''],
      ],
    ),
  ].join('\n');
}

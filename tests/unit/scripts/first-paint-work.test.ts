import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstPaintWork, medianWork } from '../../../scripts/bench/first-paint-work';
import { formatLighthouseReport, formatPooledReport, formatShift, PAGE_KINDS, parseBarePrefetch, parsePageKinds, parseThrottling, retryingNoPaint, withoutPrefetch, largestScript, scriptRanBeforePaint, summarise, type LighthouseBenchResult, type LighthouseRun } from '../../../scripts/bench/lighthouse';

describe('parsing, style and layout from a trace (scripts/bench/first-paint-work.ts)', () => {
  it('sums the CPU time of complete events by kind, in milliseconds, and ignores the rest', () => {
    const work = firstPaintWork([
      { name: 'ParseHTML', ph: 'X', dur: 3000, tdur: 1500 },
      { name: 'ParseHTML', ph: 'X', dur: 500, tdur: 500 },
      { name: 'UpdateLayoutTree', ph: 'X', dur: 9000, tdur: 2250 },
      { name: 'Layout', ph: 'X', dur: 4100, tdur: 4000 },
      { name: 'Layout', ph: 'B', dur: 9000 },
      { name: 'Paint', ph: 'X', dur: 7000 },
    ]);
    assert.deepEqual(work, { parseMs: 2, styleMs: 2.25, layoutMs: 4 });
  });

  it('refuses a trace whose events carry no CPU time rather than count them as nothing', () => {
    assert.throws(() => firstPaintWork([{ name: 'ParseHTML', ph: 'X', dur: 1500, tdur: 1000 }, { name: 'Layout', ph: 'X', dur: 4000 }]), /Layout events without CPU time/);
  });

  it('takes each field’s median on its own', () => {
    const median = medianWork([
      { parseMs: 1, styleMs: 30, layoutMs: 5.04 },
      { parseMs: 9, styleMs: 10, layoutMs: 5.06 },
      { parseMs: 3, styleMs: 20, layoutMs: 100 },
    ]);
    assert.deepEqual(median, { parseMs: 3, styleMs: 20, layoutMs: 5.1 });
    assert.deepEqual(medianWork([{ parseMs: 1, styleMs: 1, layoutMs: 1 }, { parseMs: 2, styleMs: 4, layoutMs: 1 }]), { parseMs: 1.5, styleMs: 2.5, layoutMs: 1 });
  });

  it('reports the medians beside the bare stack’s, and leaves the table out when nothing was measured', () => {
    const run = { scores: { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 }, totalBlockingTimeMs: 300, largestContentfulPaintMs: 2500, firstContentfulPaintMs: 800, mainThreadMs: {}, scriptMs: {}, failing: [], transferKb: { document: 10.6, stylesheet: 6.4, script: 175.2 }, observed: { firstPaintMs: 1240, loadMs: 400 } };
    const early = { ...run, observed: { firstPaintMs: 260, loadMs: 400, scriptBeforePaint: true }, blocking: { frameworkMs: 250, otherMs: 50, frameworkWindows: 2 } };
    const result: LighthouseBenchResult = {
      posts: 10,
      rounds: 1,
      workLoads: 4,
      date: '2026-12-04T00:00:00.000Z',
      lighthouse: '12.8.2',
      machine: { cpus: 2, loadAverageBefore: [1, 1, 1], loadAverageAfter: [1, 1, 1] },
      pages: [
        { kind: 'home', site: { route: '/', runs: [run, early], work: { parseMs: 6, styleMs: 20, layoutMs: 30.5 } }, bare: { route: '/', runs: [early], work: { parseMs: 4, styleMs: 10, layoutMs: 27 } } },
        { kind: 'search', site: { route: '/search', runs: [run], work: { parseMs: 3, styleMs: 8, layoutMs: 9 } }, bare: null },
      ],
    };
    const report = formatLighthouseReport(result);
    assert.match(report, /median of 4 cold loads/);
    assert.match(report, /^Lighthouse 12\.8\.2, mobile, simulated throttling, bare stack as it is, 10 posts/);
    assert.match(formatLighthouseReport({ ...result, throttling: 'devtools' }), /^Lighthouse 12\.8\.2, mobile, applied throttling \(devtools\), bare stack as it is, 10 posts/);
    assert.match(formatLighthouseReport({ ...result, barePrefetch: false }), /^Lighthouse 12\.8\.2, mobile, simulated throttling, bare stack without link prefetching, 10 posts/);
    // Paints after load of all runs with the times; scripts before the paint of the runs that recorded it.
    assert.match(report, /\| home \| site \| 90 \| 100 \| 100 \| 100 \| 300 \| 2500 \| 1\/2 \| 1\/1 \|/);
    assert.match(report, /\| home \| bare \| 90 \| 100 \| 100 \| 100 \| 300 \| 2500 \| 0\/1 \| 1\/1 \|/);
    assert.match(report, /\| search \| site \| 90 \| 100 \| 100 \| 100 \| 300 \| 2500 \| 1\/1 \| – \|/);
    assert.match(report, /\| home \| 6 \/ 4 \| 20 \/ 10 \| 30\.5 \/ 27 \|/);
    assert.match(report, /\| search \| 3 \| 8 \| 9 \|/);
    assert.match(report, /\| home \| 10\.6 \/ 10\.6 \| 6\.4 \/ 6\.4 \| 175\.2 \/ 175\.2 \|/);
    assert.match(report, /\| search \| 10\.6 \| 6\.4 \| 175\.2 \|/);
    // The blocking split: medians of the runs that recorded it, `n/a` for a stack with none.
    assert.match(report, /\| home \| 250 \/ 250 \| 50 \/ 50 \| 1\/1 \/ 1\/1 \|/);
    assert.match(report, /\| search \| n\/a \| n\/a \| – \|/);
    assert.doesNotMatch(formatLighthouseReport({ ...result, workLoads: 0 }), /cold loads/);
    const unsplit = { ...result, pages: result.pages.map((page) => ({ ...page, site: { ...page.site, runs: [run] }, bare: page.bare ? { ...page.bare, runs: [run] } : null })) };
    assert.doesNotMatch(formatLighthouseReport(unsplit), /Blocking time by source/);
  });

  it('adds up the bytes over the wire by kind of request, and keeps the unthrottled paint and load times', () => {
    const audit = (numericValue: number) => ({ score: 1, scoreDisplayMode: 'numeric', numericValue, title: '' });
    const run = summarise({
      lighthouseVersion: '12.8.2',
      categories: { performance: { score: 0.9, auditRefs: [] }, accessibility: { score: 1, auditRefs: [] }, 'best-practices': { score: 1, auditRefs: [] }, seo: { score: 1, auditRefs: [] } },
      audits: {
        'total-blocking-time': audit(300),
        'largest-contentful-paint': audit(2500),
        'first-contentful-paint': audit(800),
        metrics: { score: null, scoreDisplayMode: 'informative', title: '', details: { items: [{ observedFirstContentfulPaint: 1236.6, observedLoad: 412.2, firstContentfulPaint: 800 }] } },
        'network-requests': {
          score: null,
          scoreDisplayMode: 'informative',
          title: '',
          details: {
            items: [
              { resourceType: 'Document', transferSize: 10240 },
              { resourceType: 'Stylesheet', transferSize: 6656 },
              { resourceType: 'Stylesheet', transferSize: 5120 },
              { resourceType: 'Script', transferSize: 2048 },
              { resourceType: 'Font', transferSize: 49000 },
            ],
          },
        },
      },
    });
    assert.deepEqual(run.transferKb, { document: 10, stylesheet: 11.5, script: 2 });
    assert.equal(run.totalBlockingTimeMs, 300);
    assert.deepEqual(run.observed, { firstPaintMs: 1237, loadMs: 412 });
    const untraced = summarise({ lighthouseVersion: '12.8.2', categories: { performance: { score: null, auditRefs: [] }, accessibility: { score: 1, auditRefs: [] }, 'best-practices': { score: 1, auditRefs: [] }, seo: { score: 1, auditRefs: [] } }, audits: {} });
    assert.equal(untraced.observed, undefined, 'no paint and load times: not counted as a run that painted before load');
  });

  it('tells a run whose framework script began before the first paint from one that painted first', () => {
    const framework = 'http://127.0.0.1:3560/_next/static/chunks/framework.js';
    const requests = [
      { resourceType: 'Document', resourceSize: 90000, url: 'http://127.0.0.1:3560/' },
      { resourceType: 'Script', resourceSize: 8000, url: 'http://127.0.0.1:3560/_next/static/chunks/runtime.js' },
      { resourceType: 'Script', resourceSize: 230000, url: framework },
    ];
    const report = { lighthouseVersion: '12.8.2', categories: {}, audits: { 'network-requests': { score: null, scoreDisplayMode: 'informative', title: '', details: { items: requests } } } } as unknown as Parameters<typeof largestScript>[0];
    assert.equal(largestScript(report), framework);
    assert.equal(largestScript({ ...report, audits: {} }), undefined);

    const evaluate = (ts: number, url = framework) => ({ name: 'EvaluateScript', ts, args: { data: { url } } });
    const paint = (ts: number) => ({ name: 'firstContentfulPaint', ts });
    // The earliest evaluation of that script against the earliest paint, in any order in the trace.
    assert.equal(scriptRanBeforePaint([paint(300_000), evaluate(250_000), evaluate(400_000)], framework), true);
    assert.equal(scriptRanBeforePaint([evaluate(350_000), paint(300_000), paint(500_000)], framework), false);
    // Another script's evaluation before the paint is not the framework's.
    assert.equal(scriptRanBeforePaint([evaluate(100_000, 'http://127.0.0.1:3560/'), paint(300_000), evaluate(350_000)], framework), false);
    // Not known without the paint or the evaluation.
    assert.equal(scriptRanBeforePaint([evaluate(250_000)], framework), undefined);
    assert.equal(scriptRanBeforePaint([paint(300_000), evaluate(250_000, 'http://127.0.0.1:3560/')], framework), undefined);
  });

  it('pools the rounds of several runs per page kind, with the rank test and the paints after load', () => {
    const run = (performance: number, firstPaintMs?: number): LighthouseRun => ({
      scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
      totalBlockingTimeMs: 300,
      largestContentfulPaintMs: 2500,
      firstContentfulPaintMs: 800,
      mainThreadMs: {},
      scriptMs: {},
      failing: [],
      transferKb: { document: 1, stylesheet: 1, script: 1 },
      ...(firstPaintMs === undefined ? {} : { observed: { firstPaintMs, loadMs: 400, scriptBeforePaint: firstPaintMs < 1000 } }),
    });
    const result = (date: string, commit: string | undefined, site: LighthouseRun[], bare: LighthouseRun[]): LighthouseBenchResult => ({
      posts: 100,
      rounds: site.length,
      workLoads: 0,
      date,
      ...(commit ? { commit } : {}),
      lighthouse: '12.8.2',
      machine: { cpus: 2, loadAverageBefore: [1, 1, 1], loadAverageAfter: [1, 1, 1] },
      pages: [
        { kind: 'home', site: { route: '/', runs: site }, bare: { route: '/', runs: bare } },
        { kind: 'search', site: { route: '/search', runs: site.slice(0, 1) }, bare: null },
      ],
    });
    const report = formatPooledReport([
      result('2026-12-04T10:00:00.000Z', undefined, [run(1), run(2), run(3)], [run(6), run(7)]),
      result('2026-12-04T11:00:00.000Z', 'abc1234', [{ ...run(4, 1200), blocking: { frameworkMs: 280, otherMs: 20, frameworkWindows: 2 } }, run(5, 300)], [run(8, 1200), run(9, 1300), { ...run(10, 250), blocking: { frameworkMs: 130, otherMs: 170, frameworkWindows: 1 } }]),
    ]);
    assert.match(report, /2 runs pooled \(simulated throttling, bare stack as it is\): 2026-12-04 10:00 \(commit not recorded, 3 rounds, 100 posts\); 2026-12-04 11:00 \(abc1234, 2 rounds, 100 posts\)/);
    // Applied throttling measures other figures: pooled alone, never with simulated runs.
    const applied = { ...result('2026-12-04T12:00:00.000Z', 'def5678', [run(1)], [run(2)]), throttling: 'devtools' as const };
    assert.match(formatPooledReport([applied, applied]), /2 runs pooled \(applied throttling \(devtools\), bare stack as it is\)/);
    assert.throws(() => formatPooledReport([result('2026-12-04T10:00:00.000Z', undefined, [run(1)], [run(2)]), applied]), /one throttling mode; these mix simulated throttling and applied throttling/);
    // Nor against two bare stacks: with and without its link prefetches.
    const unprefetched = { ...result('2026-12-04T13:00:00.000Z', 'def5678', [run(1)], [run(2)]), barePrefetch: false as const };
    assert.match(formatPooledReport([unprefetched, unprefetched]), /2 runs pooled \(simulated throttling, bare stack without link prefetching\)/);
    assert.throws(
      () => formatPooledReport([result('2026-12-04T10:00:00.000Z', undefined, [run(1)], [run(2)]), unprefetched]),
      /one bare stack; these mix the bare stack as it is and the bare stack without link prefetching/,
    );
    // The site 5 points under, −8 to −2 within reach of the test; the same blocking time on both.
    // The framework task's windows only where a run recorded them.
    assert.match(report, /\| home \| 5 \/ 5 \| 3 \/ 8 \| 0\.01 \| −5 \(−8 to −2\) \| 300 \/ 300 \| 0 \(0 to 0\) \| 2500 \/ 2500 \| 1\/2 \/ 2\/3 \| 1\/2 \/ 1\/3 \| 1\/1 \/ 0\/1 \|/);
    assert.match(report, /\| search \| 2 \| 2\.5 \| – \| – \| 300 \| – \| 2500 \| 1\/1 \| 0\/1 \| 1\/1 \|/);
  });

  it('writes a shift with its range, open-ended where the test rules nothing out', () => {
    assert.equal(formatShift([88, 91, 90, 87, 93, 89, 90, 86, 91, 92], [91, 95, 84, 90, 93, 96, 88, 92, 90, 94]), '−2 (−5 to 1)');
    assert.equal(formatShift([1.25, 2], [1, 1.5, 2.5, 3]), '−0.4 (−∞ to ∞)');
    assert.equal(formatShift([], [90]), '–');
  });

  it('throttles as Lighthouse does by default unless told devtools, and names the two for anything else', () => {
    assert.equal(parseThrottling(undefined), 'simulate');
    assert.equal(parseThrottling('simulate'), 'simulate');
    assert.equal(parseThrottling('devtools'), 'devtools');
    assert.throws(() => parseThrottling('applied'), /--throttling takes simulate \(Lighthouse's default\) or devtools, got applied/);
  });

  it('builds the bare stack as it is unless told its links should not prefetch, and names the two for anything else', () => {
    assert.equal(parseBarePrefetch(undefined), true);
    assert.equal(parseBarePrefetch('on'), true);
    assert.equal(parseBarePrefetch('off'), false);
    assert.throws(() => parseBarePrefetch('no'), /--bare-prefetch takes on \(the bare stack as it is\) or off, got no/);
    const source = "import Link from 'next/link'\n<Link href=\"/\">Home</Link> <Link\n  key={k} href={h}>x</Link> <LinkButton />";
    assert.equal(withoutPrefetch(source), "import Link from 'next/link'\n<Link prefetch={false} href=\"/\">Home</Link> <Link prefetch={false}\n  key={k} href={h}>x</Link> <LinkButton />");
  });

  it('measures the page kinds asked for, in their usual order, and names the known ones for a typo', () => {
    assert.deepEqual(parsePageKinds(undefined), [...PAGE_KINDS]);
    assert.deepEqual(parsePageKinds('post, home'), ['home', 'post']);
    assert.throws(() => parsePageKinds('home,posts'), /--pages takes page kinds separated by commas \(home, post, tags, tag, archive, search\), got home,posts/);
    assert.throws(() => parsePageKinds(''), /got nothing/);
  });

  it('tries a run that recorded no paint again, at most twice, and lets any other failure through', async () => {
    const noPaint = () => new Error('lighthouse http://x/ exited 1: Runtime error encountered: The page did not paint any content. (NO_FCP)');
    const lines: string[] = [];
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls < 3) throw noPaint();
      return 'report';
    };
    assert.equal(await retryingNoPaint(flaky, 'http://x/', (line) => lines.push(line)), 'report');
    assert.equal(calls, 3);
    assert.deepEqual(lines, ['lighthouse bench: http://x/: no paint recorded (NO_FCP), trying again', 'lighthouse bench: http://x/: no paint recorded (NO_FCP), trying again']);

    calls = 0;
    await assert.rejects(retryingNoPaint(async () => { calls++; throw noPaint(); }, 'http://x/', () => {}), /NO_FCP/);
    assert.equal(calls, 3);

    calls = 0;
    await assert.rejects(retryingNoPaint(async () => { calls++; throw new Error('lighthouse http://x/ exited 1: PROTOCOL_TIMEOUT'); }, 'http://x/', () => {}), /PROTOCOL_TIMEOUT/);
    assert.equal(calls, 1);
  });
});

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { tagSlug } from '../../lib/content/tags';
import type { BenchResult } from '../../scripts/bench/run';
import { generatePosts } from '../../scripts/bench/synthetic-posts';

const POSTS = 200;

/**
 * The benchmark harness end to end at a small size: a real build of 200 synthetic posts.
 * It asserts the harness measured something sane, never how fast anything was.
 * `--no-serve` skips only the load test (ports, 40 s); everything else is the full run.
 */
describe('npm run bench -- --posts 200 --no-serve --no-bare', () => {
  it('builds a copy of the site, measures it, evaluates the budgets and leaves the repository alone', { timeout: 15 * 60_000 }, async () => {
    const repoRoot = path.resolve(__dirname, '..', '..');
    const contentBefore = fs.readdirSync(path.join(repoRoot, 'content', 'posts')).sort();
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-')), 'result.json');
    try {
      const run = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'scripts/bench/run.ts', '--posts', String(POSTS), '--no-serve', '--no-bare', '--out', out],
        { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      ).catch((error: { code?: number; stdout?: string; stderr?: string }) => {
        // Exit 3 means a budget failed: still a complete, sane run for this test.
        if (error.code === 3) return { stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
        throw error;
      });
      const result = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResult;

      const expectedTags = new Set(generatePosts(POSTS).flatMap((post) => post.tags.map(tagSlug))).size;
      assert.equal(result.posts, POSTS);
      assert.ok(result.commit === null || /^[0-9a-f]{7,}$/.test(result.commit), `commit: ${result.commit}`);
      assert.equal(result.pages.posts, POSTS, 'one prerendered page per synthetic post');
      assert.equal(result.pages.tags, expectedTags, 'one page per distinct tag');
      // Each tag also has a posts.json route; home, archive and the tag index come on top.
      assert.ok(result.pages.total >= POSTS + 2 * expectedTags + 3, `pages built: ${result.pages.total}`);

      for (const step of [result.steps.contentCheck, result.steps.contentlayer, result.steps.contentlayerWarmImages, result.steps.nextBuild, result.steps.analyze]) {
        assert.ok(step.wallMs > 0);
        assert.ok(step.peakLargestRssBytes > 0 && step.peakTreeRssBytes >= step.peakLargestRssBytes);
      }
      for (const page of Object.values(result.weights)) {
        assert.ok(page.html.raw > 0 && page.html.gzip > 0 && page.html.gzip < page.html.raw, `${page.route} HTML`);
        assert.ok(page.js.raw > 0 && page.scripts.length > 0, `${page.route} loads the framework runtime`);
        assert.ok(page.siteJs.raw <= page.js.raw);
        assert.equal(page.siteJs.gzip, page.siteModules.reduce((total, entry) => total + entry.gzip, 0), `${page.route}: site JS is the sum of its modules`);
        assert.ok(page.siteModules.every((entry) => !entry.path.includes('/node_modules/next/')), `${page.route}: Next's modules are the runtime`);
        assert.ok(page.css.raw > 0, `${page.route} CSS`);
      }
      assert.match(result.weights.post.route, /^\/posts\/bench-00001-/);
      // Every tenth post shows an image of the pool: processed, and smaller than its original.
      assert.ok(result.images.images > 0 && result.images.posts > 0 && result.images.msPerImage > 0);
      assert.ok(result.images.largestServedBytes < result.images.originalBytes, 'served images are smaller than the originals');
      assert.match(result.weights.tag.route, /^\/tags\/[a-z0-9-]+$/);
      // Every page has the theme toggle; the archive adds its tag filter, counted by module.
      assert.ok(result.weights.post.siteModules.some((entry) => entry.path === '[project]/components/ThemeToggle.tsx'));
      assert.ok(result.weights.archive.siteModules.some((entry) => entry.path === '[project]/components/ArchiveFilter.tsx'));
      assert.ok(result.weights.archive.siteJs.gzip > result.weights.home.siteJs.gzip, 'the archive filter is site JS the home page does not load');

      const rebuilds = result.rebuilds;
      assert.ok(rebuilds && rebuilds.warmMs > 0 && rebuilds.afterEditMs > 0, 'rebuilds measured');
      assert.ok(rebuilds.coldMs > 0, 'the cold build (--clean) measured');
      assert.equal(rebuilds.bareColdMs, null, '--no-bare skips the bare stack');
      assert.match(run.stdout, /site, rebuild after editing one post/);

      assert.equal(result.serving, null, '--no-serve skips the load test');
      assert.equal(result.layoutShift, null);
      const names = result.budgets.map((budget) => budget.name);
      for (const expected of ['list page /: HTML', 'list page /archive: HTML', 'post page: JS beyond the framework runtime', 'build: peak memory of the largest process (any step)', 'post page: no render-blocking network font', 'post page: images sized']) {
        assert.ok(names.includes(expected), `budget evaluated: ${expected}`);
      }
      assert.equal(result.budgetsPassed, result.budgets.every((budget) => budget.pass));
      assert.match(run.stdout, /\| budget +\| limit/);
      assert.match(run.stdout, /serving: skipped \(--no-serve\)/);
    } finally {
      fs.rmSync(path.dirname(out), { recursive: true, force: true });
    }
    assert.deepEqual(fs.readdirSync(path.join(repoRoot, 'content', 'posts')).sort(), contentBefore, 'content/ untouched');
  });
});

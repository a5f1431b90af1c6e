import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readGeneratedPosts } from '../../lib/content/generated';
import { createWorkspace, removeWorkspace } from '../../scripts/bench/workspace';
import { runCommand } from '../support/run-command';

/** scripts/build/content-build.mjs, the content step of `npm run build`, in a throwaway copy of the site. */
const repoRoot = path.resolve(__dirname, '..', '..');
const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

function contentBuild(posts: { slug: string; markdown: string }[], args: string[] = []) {
  const dir = createWorkspace(repoRoot, posts.map((post) => ({ ...post, title: post.slug, date: '', tags: [] })));
  workspaces.push(dir);
  const run = runCommand(dir, 'node scripts/build/content-build.mjs "$@"', { args, timeoutMs: 6 * 60_000 });
  return { dir, status: run.status, output: run.output };
}

describe('node scripts/build/content-build.mjs', () => {
  it('generates one typed document per post, as contentlayer2 build does', { timeout: 2 * 60_000 }, () => {
    const { dir, status, output } = contentBuild(
      [
        { slug: 'first', markdown: '---\ntitle: First\ndate: 2024-01-02\ntags: a, b\n---\n\nHello **there**.\n' },
        { slug: 'second', markdown: '---\ntitle: Second\ndate: 2024-01-03\n---\n\nAgain.\n' },
      ],
      ['--clearCache'],
    );
    assert.equal(status, 0, output);
    assert.match(output, /Generated 2 documents in \.contentlayer/);
    const documents = readGeneratedPosts(dir);
    assert.deepEqual(documents.map((doc) => doc.title).sort(), ['First', 'Second']);
    const first = documents.find((doc) => doc.title === 'First');
    assert.match(first?.body.html ?? '', /<strong>there<\/strong>/);
    assert.equal(first?.excerpt, 'Hello there.');
  });

  it('renders an .mdx post to static HTML with the components of components/mdx/', { timeout: 2 * 60_000 }, () => {
    const dir = createWorkspace(repoRoot, []);
    workspaces.push(dir);
    const mdx = [
      '---', 'title: Components', 'date: 2024-01-02', '---', '',
      '<TOC />', '', '## One', '', '<Callout type="warning">Mind **this**.</Callout>', '',
      '<Figure src="/images/fees-per-batch.png" alt="Fees" caption="A chart." />', '',
      '## Two', '', '```js', 'const a = 1', '```', '', '<Details summary="More">Hidden text.</Details>', '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'content', 'posts', 'components.mdx'), mdx);
    const run = runCommand(dir, 'node scripts/build/content-build.mjs', { timeoutMs: 6 * 60_000 });
    assert.equal(run.status, 0, run.output);
    const doc = readGeneratedPosts(dir).find((post) => post._raw.sourceFilePath.endsWith('.mdx'));
    assert.equal(doc?.slug, 'components');
    const html = doc?.html ?? '';
    assert.match(html, /^<nav aria-label="Contents of this post"[^>]*><ol[^>]*><li><a href="#one"/);
    assert.match(html, /<div class="markdown-alert markdown-alert-warning" role="note"><p class="markdown-alert-title">Warning<\/p>Mind <strong>this<\/strong>\.<\/div>/);
    assert.match(html, /<figure class="image-figure"><picture><source type="image\/webp"[^>]*>.*alt="Fees".*<\/picture><figcaption>A chart\.<\/figcaption><\/figure>/);
    assert.match(html, /<details class="mdx-details"><summary>More<\/summary>Hidden text\.<\/details>/);
    assert.match(html, /<pre [^>]*class="shiki/);
    assert.deepEqual(doc?.toc, [{ id: 'one', text: 'One', depth: 2 }, { id: 'two', text: 'Two', depth: 2 }]);
    assert.doesNotMatch(html, /\[object Object\]|<link rel="preload"|<TOC|<Callout/);
  });

  it("fails with contentlayer's message when a post breaks the schema", { timeout: 2 * 60_000 }, () => {
    const { dir, status, output } = contentBuild([
      { slug: 'extra', markdown: '---\ntitle: Extra\ndate: 2024-01-02\nmood: not a field\n---\n\nText.\n' },
    ]);
    assert.equal(status, 1, output);
    assert.match(output, /extra\.md/);
    assert.match(output, /mood/);
    assert.equal(fs.existsSync(path.join(dir, '.contentlayer', 'generated', 'Post', '_index.json')), false);
  });

  it('writes processed images, writes them again when they were deleted, and removes unused ones', { timeout: 4 * 60_000 }, () => {
    const { dir, status, output } = contentBuild([
      { slug: 'pictured', markdown: '---\ntitle: Pictured\ndate: 2024-01-02\n---\n\n![A chart](/images/fees-per-batch.png)\n' },
    ]);
    assert.equal(status, 0, output);
    const images = path.join(dir, 'public', '_img');
    const written = fs.readdirSync(images).sort();
    assert.ok(written.some((name) => /^fees-per-batch-[0-9a-f]{12}-\d+\.webp$/.test(name)), written.join(' '));
    // contentlayer's cache still holds the HTML, but the files it names are gone: they come back.
    fs.rmSync(images, { recursive: true });
    fs.mkdirSync(images);
    fs.writeFileSync(path.join(images, 'old-000000000000-480.webp'), 'stale');
    const again = runCommand(dir, 'node scripts/build/content-build.mjs', { timeoutMs: 6 * 60_000 });
    assert.equal(again.status, 0, again.output);
    assert.match(again.stdout, /processed image\(s\) missing from public\/_img\/.*rebuilding without the cache/);
    assert.deepEqual(fs.readdirSync(images).sort(), written);
  });

  it('refuses an option it does not know', () => {
    const { status, output } = contentBuild([], ['--watch']);
    assert.equal(status, 2);
    assert.match(output, /unknown option --watch/);
  });
});

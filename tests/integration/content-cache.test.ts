import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readGeneratedPosts } from '../../lib/content/generated';
import { createWorkspace, removeWorkspace } from '../../scripts/bench/workspace';
import { runCommand } from '../support/run-command';

/**
 * The content step's cache (scripts/build/content-build.mjs) in a throwaway copy of the site: keyed on a
 * post's bytes (a fresh clone's new mtimes still hit), and dropped by anything else that shapes the
 * HTML: the pipeline's code, the site config, a package version in the lockfile, an image, the environment,
 * `--clean`.
 * A cached post is recognised by a marker planted in contentlayer's cache: it survives only a hit.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const workspaces: string[] = [];
after(() => workspaces.forEach(removeWorkspace));

const MARKER = '<p>served-from-cache</p>';

function setup() {
  const dir = createWorkspace(repoRoot, [
    { slug: 'kept', markdown: '---\ntitle: Kept\ndate: 2024-01-02\n---\n\nUnchanged text.\n' },
    { slug: 'edited', markdown: '---\ntitle: Edited\ndate: 2024-01-03\n---\n\nFirst version.\n' },
  ]);
  workspaces.push(dir);
  return dir;
}

function build(dir: string, args: string[] = [], env: Record<string, string> = {}) {
  const run = runCommand(dir, 'node scripts/build/content-build.mjs "$@"', { args, timeoutMs: 6 * 60_000, env: { ...process.env, ...env } });
  assert.equal(run.status, 0, run.output);
}

/** Plants the marker in every cached post's HTML, as if an earlier build had produced it. */
function plantMarker(dir: string) {
  const cacheDir = path.join(dir, '.contentlayer', '.cache');
  const dataFiles = fs.readdirSync(cacheDir, { recursive: true }).map(String).filter((file) => /data-[^/]*\.json$/.test(file));
  assert.ok(dataFiles.length > 0, 'contentlayer wrote its cache');
  for (const file of dataFiles) {
    const full = path.join(cacheDir, file);
    const cache = JSON.parse(fs.readFileSync(full, 'utf8')) as { cacheItemsMap: Record<string, { document: { body: { html: string } } }> };
    for (const item of Object.values(cache.cacheItemsMap)) item.document.body.html = MARKER;
    fs.writeFileSync(full, JSON.stringify(cache));
  }
}

function htmlOf(dir: string): Record<string, string> {
  return Object.fromEntries(readGeneratedPosts(dir).map((post) => [post.title, post.body.html ?? '']));
}

/** New mtimes on every post, as a fresh clone or CI checkout has. */
function touchAll(dir: string) {
  const later = new Date(Date.now() + 60_000);
  const postsDir = path.join(dir, 'content', 'posts');
  for (const name of fs.readdirSync(postsDir)) fs.utimesSync(path.join(postsDir, name), later, later);
}

describe('the content step cache', () => {
  it('hits on unchanged bytes whatever the mtime, and misses on an edited post', { timeout: 10 * 60_000 }, () => {
    const dir = setup();
    build(dir);
    plantMarker(dir);
    touchAll(dir);
    fs.writeFileSync(path.join(dir, 'content', 'posts', 'edited.md'), '---\ntitle: Edited\ndate: 2024-01-03\n---\n\nSecond version.\n');
    build(dir);
    const html = htmlOf(dir);
    assert.equal(html.Kept, MARKER, 'the unchanged post came from the cache');
    assert.match(html.Edited ?? '', /Second version\./);
  });

  it('re-renders a post that links another post’s file when a slug changes, so the link follows it, and only then', { timeout: 10 * 60_000 }, () => {
    const dir = setup();
    const postsDir = path.join(dir, 'content', 'posts');
    fs.writeFileSync(path.join(postsDir, 'linking.md'), '---\ntitle: Linking\ndate: 2024-01-04\n---\n\nRead [the kept post](./kept.md).\n');
    // The target as Pelican writes it: metadata lines, keys capitalised.
    fs.writeFileSync(path.join(postsDir, 'kept.md'), 'Title: Kept\nDate: 2024-01-02\n\nUnchanged text.\n');
    build(dir);
    assert.match(htmlOf(dir).Linking ?? '', /href="\/posts\/kept"/);
    plantMarker(dir);
    // Only the target changes: its new `Slug:` is not in the linking post's bytes.
    fs.writeFileSync(path.join(postsDir, 'kept.md'), 'Title: Kept\nDate: 2024-01-02\nSlug: kept-renamed\n\nUnchanged text.\n');
    build(dir);
    const html = htmlOf(dir);
    assert.match(html.Linking ?? '', /href="\/posts\/kept-renamed"/);
    assert.equal(html.Edited, MARKER, 'a post without such a link still came from the cache');
    // An edit that changes no slug leaves the linking post cached.
    plantMarker(dir);
    fs.writeFileSync(path.join(postsDir, 'edited.md'), '---\ntitle: Edited\ndate: 2024-01-03\n---\n\nSecond version.\n');
    build(dir);
    assert.equal(htmlOf(dir).Linking, MARKER);
  });

  it('re-renders a post whose link shows another post’s title (Hexo’s `{% post_link %}`) when that title changes', { timeout: 10 * 60_000 }, () => {
    const dir = setup();
    const postsDir = path.join(dir, 'content', 'posts');
    fs.writeFileSync(path.join(postsDir, 'hexo.md'), '---\ntitle: Hexo\ndate: 2024-01-04\n---\n\nRead {% post_link kept %} next.\n');
    build(dir);
    assert.match(htmlOf(dir).Hexo ?? '', /<a href="\/posts\/kept">Kept<\/a>/);
    plantMarker(dir);
    fs.writeFileSync(path.join(postsDir, 'kept.md'), '---\ntitle: Kept, Retitled\ndate: 2024-01-02\n---\n\nUnchanged text.\n');
    build(dir);
    const html = htmlOf(dir);
    assert.match(html.Hexo ?? '', /<a href="\/posts\/kept">Kept, Retitled<\/a>/);
    assert.equal(html.Edited, MARKER, 'a post without such a link still came from the cache');
  });

  it('is dropped by a pipeline change, a package version, the environment and --clean', { timeout: 25 * 60_000 }, () => {
    const dir = setup();
    build(dir);
    const changes: [string, () => void, Record<string, string>?, string[]?][] = [
      [
        'a change to the Markdown pipeline (lib/markdown)',
        () => {
          const file = path.join(dir, 'lib', 'markdown', 'parse.ts');
          const before = fs.readFileSync(file, 'utf8');
          const after = before.replace('[remarkGfm, remarkMath, ', '[[remarkGfm, { singleTilde: false }], remarkMath, ');
          assert.notEqual(after, before, 'the test found remark-gfm in the pipeline to change');
          fs.writeFileSync(file, after);
        },
      ],
      [
        'a plugin version in the lockfile',
        () => {
          const file = path.join(dir, 'package-lock.json');
          const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, { version?: string }> };
          const gfm = lock.packages['node_modules/remark-gfm'];
          assert.ok(gfm?.version, 'remark-gfm is in the lockfile');
          gfm.version = `${gfm.version}-changed`;
          fs.writeFileSync(file, JSON.stringify(lock, null, 2));
        },
      ],
      [
        'the site config (lib/site/config.ts)',
        () => fs.appendFileSync(path.join(dir, 'lib', 'site', 'config.ts'), '\n// changed\n'),
      ],
      [
        'an image a post may show (public/)',
        () => fs.writeFileSync(path.join(dir, 'public', 'images', 'added-by-test.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'),
      ],
      ['a BASE_PATH the HTML depends on', () => {}, { BASE_PATH: '/blog' }],
      ['--clean', () => {}, { BASE_PATH: '/blog' }, ['--clean']],
    ];
    for (const [what, change, env = {}, args = []] of changes) {
      plantMarker(dir);
      change();
      build(dir, args, env);
      assert.doesNotMatch(htmlOf(dir).Kept ?? '', /served-from-cache/, `${what} rebuilt the post`);
      assert.match(htmlOf(dir).Kept ?? '', /Unchanged text\./);
    }
    // And with nothing changed, the same build hits again.
    plantMarker(dir);
    build(dir, [], { BASE_PATH: '/blog' });
    assert.equal(htmlOf(dir).Kept, MARKER);
  });
});

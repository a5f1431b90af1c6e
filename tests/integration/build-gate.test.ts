import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { MERMAID_DIR, MERMAID_VERSION } from '../../lib/browser/diagrams';
import { createWorkspace, removeWorkspace } from '../../scripts/bench/workspace';
import { runCommand } from '../support/run-command';

/**
 * `npm run build` end to end in a throwaway copy of the site (scripts/bench/workspace.ts):
 * a broken post stops the build by file and line; a draft is built nowhere in production.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const seeds = fs
  .readdirSync(path.join(repoRoot, 'content', 'posts'))
  // The file posts (a folder post brings images the synthetic workspace does not copy).
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ slug: name.replace(/\.md$/, ''), markdown: fs.readFileSync(path.join(repoRoot, 'content', 'posts', name), 'utf8') }));
const post = (slug: string, markdown: string) => ({ slug, title: slug, date: '', tags: [], markdown });

const workspaces: string[] = [];
after(() => (process.env.KEEP_WORKSPACE ? console.log(workspaces) : workspaces.forEach(removeWorkspace)));

function build(posts: { slug: string; markdown: string }[], change?: (dir: string) => void) {
  const dir = createWorkspace(repoRoot, posts.map((p) => post(p.slug, p.markdown)));
  workspaces.push(dir);
  change?.(dir);
  return { dir, ...runBuild(dir) };
}

function runBuild(dir: string) {
  const run = runCommand(dir, 'npm run build', { timeoutMs: 12 * 60_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' } });
  return { status: run.status, output: run.output };
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('npm run build in a copy of the site', () => {
  it('stops on broken posts, naming every file and line, before Next builds anything', { timeout: 5 * 60_000 }, () => {
    const { dir, status, output } = build([
      ...seeds,
      post('rolled-over', '---\ntitle: Rolled over\ndate: 2024-02-30\n---\n\nText.\n'),
      post('garbled', '---\ntitle: Garbled\ndate: 2024-03-01\n---\n\nHello\n\nA globe ğŸŒ here.\n'),
      post('no-title', '---\ndate: 2024-03-02\ntags: a, , b\n---\n\nText.\n'),
    ]);
    assert.notEqual(status, 0, output);
    assert.match(output, /content\/posts\/rolled-over\.md:3 +error +`date` is not a real calendar date: "2024-02-30"/);
    assert.match(output, /content\/posts\/garbled\.md:8 +error +Garbled text "ğŸŒ" lost a byte.*🌍/);
    assert.match(output, /content\/posts\/no-title\.md:2 +error +Missing `title`/);
    assert.match(output, /content\/posts\/no-title\.md:3 +error +A tag is empty/);
    assert.match(output, new RegExp(`content:check: ${seeds.length + 3} posts, 4 errors`));
    assert.equal(fs.existsSync(path.join(dir, '.next')), false, 'next build never ran');
  });

  it('rebuilds a post edit on the kept compile without stale pages, compiles a template change, and stops on a type error naming file and line', { timeout: 10 * 60_000 }, () => {
    // A passing build first: its compile is then reused and its type check skipped while no source
    // changes; a changed source compiles and checks again.
    const { dir, status: firstStatus, output: firstOutput } = build([...seeds, post('short-lived', '---\ntitle: Short lived\ndate: 2024-05-01\n---\n\nSoon gone.\n')]);
    assert.equal(firstStatus, 0, firstOutput);
    assert.doesNotMatch(firstOutput, /not checked again|compile reused/);
    // A healthy site builds without a compiler warning an operator would have to read past
    // (instrumentation.ts once left `node:http` in the Edge compile: "Ecmascript file had an error").
    assert.doesNotMatch(firstOutput, /Turbopack build encountered|Ecmascript file had an error|Edge Runtime/);
    const pages = path.join(dir, '.next', 'server', 'app');
    assert.ok(fs.existsSync(path.join(pages, 'posts', 'short-lived.html')));
    // The showcase draws a diagram: Mermaid's modules are served beside the pages.
    const mermaidCopies = ['public', path.join('.next', 'standalone', 'public')].map((folder) => path.join(dir, folder, MERMAID_DIR));
    for (const copy of mermaidCopies) assert.ok(fs.existsSync(path.join(copy, MERMAID_VERSION, 'mermaid.esm.min.mjs')), path.relative(dir, copy));

    // A post edited (a new paragraph, a new old address) and another deleted: the pages and the redirects
    // show both, from the compile kept by the first build.
    const seed = seeds[0]!;
    const seedFile = path.join(dir, 'content', 'posts', `${seed.slug}.md`);
    fs.writeFileSync(seedFile, `${fs.readFileSync(seedFile, 'utf8').replace(/^---\n/, '---\naliases: [/an-old-address]\n')}\nAn edit made after the first build.\n`);
    fs.rmSync(path.join(dir, 'content', 'posts', 'short-lived.md'));
    // And its diagram shown as code instead: no post draws one, so the deployment carries no Mermaid.
    const showcase = path.join(dir, 'content', 'posts', 'writing-beyond-plain-markdown.md');
    fs.writeFileSync(showcase, fs.readFileSync(showcase, 'utf8').replaceAll('```mermaid', '```text'));
    const again = runBuild(dir);
    assert.equal(again.status, 0, again.output);
    for (const copy of mermaidCopies) assert.equal(fs.existsSync(copy), false, `${path.relative(dir, copy)} outlived the last diagram`);
    assert.match(again.output, /build: no code changed since the last build: Next's compile reused/);
    assert.match(again.output, /build: no code changed since the last passing type check: not checked again/);
    assert.match(fs.readFileSync(path.join(pages, 'posts', `${seed.slug}.html`), 'utf8'), /An edit made after the first build\./);
    for (const manifest of [path.join(dir, '.next', 'routes-manifest.json'), path.join(dir, '.next', 'standalone', '.next', 'routes-manifest.json')]) {
      const { redirects } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { redirects: { source: string; destination: string }[] };
      assert.ok(redirects.some((redirect) => redirect.source === '/an-old-address' && redirect.destination.startsWith('/posts/')), path.relative(dir, manifest));
    }
    for (const gone of [path.join(pages, 'posts', 'short-lived.html'), path.join(dir, '.next', 'standalone', '.next', 'server', 'app', 'posts', 'short-lived.html')]) {
      assert.equal(fs.existsSync(gone), false, `${path.relative(dir, gone)} outlived its post`);
    }
    // The first build's output, moved aside when the second started, is deleted before the second returns.
    assert.deepEqual(filesUnder(path.join(dir, 'node_modules', '.cache', 'build-trash')), []);
    // The output still runs wherever it is moved: its links to packages (.next/node_modules, the standalone
    // folder's copy) stay relative when the kept compile is copied back.
    const links = filesUnder(path.join(dir, '.next'))
      .filter((file) => !file.startsWith(path.join(dir, '.next', 'cache')) && fs.lstatSync(file).isSymbolicLink());
    assert.ok(links.some((link) => link.startsWith(path.join(dir, '.next', 'node_modules'))), 'the output links its external packages');
    for (const link of links) assert.ok(!path.isAbsolute(fs.readlinkSync(link)), `${path.relative(dir, link)} -> ${fs.readlinkSync(link)}`);

    // A template change is compiled again, never served from the kept compile.
    const notFound = path.join(dir, 'app', 'not-found.tsx');
    fs.writeFileSync(notFound, fs.readFileSync(notFound, 'utf8').replace('This page does not exist', 'This page is not here'));
    const changed = runBuild(dir);
    assert.equal(changed.status, 0, changed.output);
    assert.doesNotMatch(changed.output, /compile reused/);
    assert.match(fs.readFileSync(path.join(pages, '_not-found.html'), 'utf8'), /This page is not here/);

    fs.appendFileSync(path.join(dir, 'lib', 'routes.ts'), "\nexport const typeErrorProbe: number = 'not a number';\n");
    const { status, output } = runBuild(dir);
    assert.notEqual(status, 0, output);
    assert.match(output, /lib\/routes\.ts\(\d+,\d+\): error TS2322/);
    assert.match(output, /build: type errors \(above\)/);
  });

  it('builds a draft nowhere: no page, tag, count, archive entry, feed item, sitemap URL, search entry or image', { timeout: 10 * 60_000 }, () => {
    const draft = post(
      'secret-draft-post',
      '---\ntitle: "Secret Draft Headline"\ndate: 2025-01-01\ntags: Classified Topic, plasma\ndraft: true\n---\n\nUnfinished words about plasma.\n\n![A secret chart](./secret-chart.svg)\n',
    );
    const { dir, status, output } = build([...seeds, draft], (workspace) => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect width="40" height="20" fill="#123456"/></svg>';
      fs.writeFileSync(path.join(workspace, 'content', 'posts', 'secret-chart.svg'), svg);
    });
    assert.equal(status, 0, output);
    // The content step processed the draft's image (npm run dev shows it); the build then removed it
    // from public/, which every deploy mode serves as is.
    const generated = fs.readFileSync(path.join(dir, '.contentlayer', 'generated', 'Post', '_index.json'), 'utf8');
    const drafted = (JSON.parse(generated) as { fields: { draft?: boolean } }[]).find((doc) => doc.fields.draft === true);
    const images = [...JSON.stringify(drafted).matchAll(/\/_img\/([\w.-]+)/g)].map((match) => match[1] ?? '');
    assert.equal(images.length, 1, 'the draft names its processed image');
    for (const folder of ['public', path.join('.next', 'standalone', 'public')]) {
      const served = fs.readdirSync(path.join(dir, folder, '_img'));
      assert.ok(served.length > 0, `${folder}/_img keeps the published posts' images`);
      for (const name of images) assert.ok(!served.includes(name), `the draft's image ${name} is in ${folder}/_img`);
    }
    const built = [...filesUnder(path.join(dir, '.next', 'server', 'app')), ...filesUnder(path.join(dir, 'public', 'pagefind'))];
    const texts = built.filter((file) => /\.(html|rsc|body|meta|json|xml|txt|js)$/.test(file));
    assert.ok(texts.some((file) => file.endsWith('feed.xml.body')) && texts.some((file) => file.endsWith('sitemap.xml.body')), 'feeds and sitemap were built');
    for (const file of texts) {
      const text = fs.readFileSync(file, 'utf8');
      for (const needle of ['secret-draft-post', 'Secret Draft Headline', 'classified-topic', 'Classified Topic']) {
        assert.ok(!text.includes(needle), `${needle} leaked into ${path.relative(dir, file)}`);
      }
    }
    // The plasma tag counts only its published post.
    const tagIndex = fs.readFileSync(path.join(dir, '.next', 'server', 'app', 'tags.html'), 'utf8');
    assert.match(tagIndex, /Plasma(?:<!-- -->)? <span[^>]*>\(<!-- -->1<!-- -->\)/);
    // Search indexes the published posts only.
    assert.match(output, /search-index: indexed \d+ pages/);
    const entry = JSON.parse(fs.readFileSync(path.join(dir, 'public', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    assert.equal(Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0), seeds.length);
  });
});

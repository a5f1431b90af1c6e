import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../scripts/test/chromium.mjs';
import { createWorkspace, removeWorkspace, workspaceEnv } from '../../scripts/bench/workspace';
import { readFrontmatter } from '../../lib/content/frontmatter';
import { hiddenFolderOf, isPostFile, normaliseFields, UNDERSCORE_FILE } from '../../lib/content/schema';
import { isScheduled } from '../../lib/content/dates';
import { freePort } from '../support/free-port';
import { runCommand } from '../support/run-command';

/**
 * Posts written in the style of other engines (tests/fixtures/engines/<engine>/…: Hugo's TOML and JSON,
 * Jekyll's dated file names, Hexo's tag plugins and asset folders, Zola's taxonomies and `@/` links,
 * Docusaurus' containers and dated folders, MkDocs' admonitions and posts titled by their heading,
 * Eleventy's and Gatsby's starters, Obsidian's wiki-links, WordPress exports' shortcodes and images/ folders, Medium's HTML export, Substack's export (posts.csv and its posts/ folder), Notion's Markdown export,
 * Pelican's metadata lines and `{static}`/`{filename}` paths, DEV's Liquid tags and Hashnode's embeds, Nuxt Content's components, VitePress' code groups and imports, VuePress Hope's tabs, Hugo Blox's featured images,
 * AstroPaper's and the Next starters' field names, VuePress' and Astro's frontmatter in the text, Nextra's components, nested folders, Chinese text) copied unedited into a throwaway site, built with `npm run build`, and every page read back.
 * An engine's `public/` folder (Vercel's starter keeps author pictures there) goes to the site's public/.
 */
const repoRoot = path.resolve(__dirname, '..', '..');
const corpus = path.join(repoRoot, 'tests', 'fixtures', 'engines');

const workspaces: string[] = [];
after(() => (process.env.KEEP_WORKSPACE ? console.log(workspaces) : workspaces.forEach(removeWorkspace)));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** The prerendered HTML of a route, whichever way Next spelled a non-ASCII name on disk. */
function pageHtml(dir: string, route: string): string | undefined {
  const app = path.join(dir, '.next', 'server', 'app');
  for (const name of [route, encodeURIComponent(route).replace(/%2F/g, '/')]) {
    const file = path.join(app, `${name}.html`);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  return undefined;
}

/** The visible text of a page's <main>: what a reader sees, without scripts and React's text separators. */
function visibleText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? '';
  return main
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/**
 * An image host on localhost for the build to copy from: the seed's chart (public/images/) under /uploads/, served by the
 * site's static server (scripts/serve-static.ts) in a process of its own. Resolves once it answers.
 */
async function imageHost(workspace: string): Promise<{ url: string; stop: () => void }> {
  const root = path.join(workspace, 'image-host');
  fs.mkdirSync(path.join(root, 'uploads'), { recursive: true });
  fs.writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not found</title>');
  for (const name of ['harbour.png', 'fees.png', 'slorber.png', 'yangshun.png', 'squidfunk.png', 'route_1456x816.png']) fs.copyFileSync(path.join(repoRoot, 'public', 'images', 'fees-per-batch.png'), path.join(root, 'uploads', name));
  // A Ghost site's own images (its export names them `__GHOST_URL__/content/images/…`).
  fs.mkdirSync(path.join(root, 'content', 'images', '2024', '05'), { recursive: true });
  fs.copyFileSync(path.join(repoRoot, 'public', 'images', 'fees-per-batch.png'), path.join(root, 'content', 'images', '2024', '05', 'harbour.png'));
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'serve-static.ts'), '--dir', root, '--port', String(port), '--host', '127.0.0.1'], { cwd: repoRoot, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await answering(server, `${url}/uploads/fees.png`);
  return { url, stop: () => server.kill() };
}

/** Waits until `url` answers (a busy machine may take a while to start a server); stops the server if it exits. */
async function answering(server: ChildProcess, url: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const answered = await fetch(url).then((response) => response.ok, () => false);
    if (answered) return;
    if (attempt > 1200 || server.exitCode !== null) {
      server.kill();
      throw new Error(`no server answered ${url}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An assertion on a page that names the page, not its 100 kB of HTML, when it fails. */
function assertHas(page: string | undefined, pattern: RegExp, what: string): void {
  assert.ok(page !== undefined && pattern.test(page), `${what}: ${pattern} not found`);
}

describe('posts from other engines build with no edit', () => {
  it('builds the corpus and renders every post without raw frontmatter, shortcodes or $$', { timeout: 20 * 60_000 }, async () => {
    const dir = createWorkspace(repoRoot, []);
    workspaces.push(dir);
    const publicDirs = fs.readdirSync(corpus).map((engine) => path.join(corpus, engine, 'public')).filter((folder) => fs.existsSync(folder));
    fs.cpSync(corpus, path.join(dir, 'content', 'posts'), { recursive: true, filter: (source) => !publicDirs.includes(source) });
    for (const folder of publicDirs) fs.cpSync(folder, path.join(dir, 'public'), { recursive: true });
    // A DEV post whose images are all on its CDN: here an image host on localhost (the site's static server,
    // in its own process: the build below holds this one's event loop), which the build copies from.
    const cdn = await imageHost(dir);
    fs.writeFileSync(
      path.join(dir, 'content', 'posts', 'dev', 'images-on-a-cdn.md'),
      ['---', 'title: Images on a CDN', 'published: true', 'date: 2024-02-01', `cover_image: ${cdn.url}/uploads/harbour.png`, 'tags: images', '---', '', 'Every image of a DEV export lives on its CDN.', '', `![Fees per batch](${cdn.url}/uploads/fees.png)`, ''].join('\n'),
    );
    // Docusaurus' authors.yml and MkDocs' .authors.yml name their authors' GitHub avatars: here on the same host.
    for (const authorsFile of [path.join('docusaurus', 'blog', 'authors.yml'), path.join('mkdocs', 'blog', '.authors.yml')].map((file) => path.join(dir, 'content', 'posts', file))) {
      fs.writeFileSync(authorsFile, fs.readFileSync(authorsFile, 'utf8').replace(/https:\/\/github\.com\/(\w+)\.png/g, `${cdn.url}/uploads/$1.png`));
    }
    // Substack's images are on its CDN: here on the same host.
    const substackPost = path.join(dir, 'content', 'posts', 'substack', 'posts', '148210.first-week-on-the-road.html');
    fs.writeFileSync(substackPost, fs.readFileSync(substackPost, 'utf8').replaceAll('https://substack-post-media.s3.amazonaws.com/public/images/', `${cdn.url}/uploads/`));
    // Ghost's export of a site, one JSON file: `npm run import:ghost` writes its posts, their images on the old
    // site (the image host here), which the build downloads. One post of it has no HTML: named, not written.
    const ghost = runCommand(dir, `npm run import:ghost -- ${path.join(repoRoot, 'tests', 'fixtures', 'ghost', 'my-blog.ghost.2024-05-01-10-00-00.json')} --url ${cdn.url}`, { timeoutMs: 120_000, env: workspaceEnv(dir, {}) });
    assert.equal(ghost.status, 1, ghost.output);
    assert.match(ghost.output, /wrote 3 post\(s\) to content\/posts\/ghost/);
    assert.match(ghost.output, /not written: “Only in the editor” has no HTML in the export/);
    const ghostPosts = 3;
    // The old site's addresses, as an operator writes them once (lib/site/config.ts): Jekyll's default permalink
    // (a post's categories, then its date), and Ghost's `/:slug/`, which must not catch the site's own pages.
    const configFile = path.join(dir, 'lib', 'site', 'config.ts');
    const config = fs.readFileSync(configFile, 'utf8');
    const rules = "redirects: [{ from: '/blog/:slug', to: postPath(':slug') }, { from: '/:categories/:year/:month/:day/:title:output_ext', to: postPath(':slug') }, { from: '/:slug/', to: postPath(':slug') }]";
    fs.writeFileSync(configFile, config.replace("redirects: [{ from: '/blog/:slug', to: postPath(':slug') }]", rules));
    assert.notEqual(fs.readFileSync(configFile, 'utf8'), config, 'the workspace has the old addresses');
    const run = (() => {
      try {
        return runCommand(dir, 'npm run build', { timeoutMs: 15 * 60_000, env: workspaceEnv(dir, { NODE_ENV: 'production' }) });
      } finally {
        cdn.stop();
      }
    })();
    const output = run.output;
    assert.equal(run.status, 0, output.slice(-6000));
    assert.match(output, /content:check: \d+ posts, 0 errors/);
    // A link post (Hexo's, Minimal Mistakes' `link`): the page it is about, linked under the title.
    assertHas(pageHtml(dir, 'posts/a-link-post'), /<p class="[^"]*">Link:(?:<!-- -->)? <a href="https:\/\/hexo\.io\/docs\/front-matter" class="[^"]*">hexo\.io\/docs\/front-matter<\/a><\/p>/, '`link:` under the title');
    // The CDN's images (and the Ghost site's one): the site's own copies, processed like any image; the page names no other site.
    assert.match(output, /content:check: downloading 7 images from other sites/);
    // Ghost's posts: its HTML, its fields under Ghost's names, its tags and author, its images the site's copies.
    const ghostHello = pageHtml(dir, 'posts/hello-from-ghost') ?? '';
    assertHas(ghostHello, /<picture class="post-cover">[\s\S]*?<img [^>]*alt="The harbour at dusk"[^>]*src="\/_img\/|<picture class="post-cover">[\s\S]*?<img [^>]*src="\/_img\/[^>]*alt="The harbour at dusk"/, 'Ghost: feature_image and its alt, the copy');
    assertHas(ghostHello, /<figure[^>]*>\s*<picture>[\s\S]*?<img (?=[^>]*alt="The harbour at dusk")(?=[^>]*src="\/_img\/)[^>]*>[\s\S]*?<figcaption><span>The harbour, from the pier\.<\/span><\/figcaption>/, 'Ghost: an image card, the copy, its caption');
    for (const tag of ['getting-started', 'harbours']) assertHas(ghostHello, new RegExp(`href="/tags/${tag}"`), `Ghost: the tag ${tag}`);
    assertHas(visibleText(ghostHello), /Ann Lee/, 'Ghost: its author');
    assert.doesNotMatch(ghostHello, /hidden-layout|__GHOST_URL__|(?:src|srcset|srcSet)="[^"]*127\.0\.0\.1/, 'Ghost: no internal tag, nothing loaded from the old site');
    assertHas(ghostHello, /<a href="\/posts\/notes-for-members#later">the members(?:'|&#x27;) notes<\/a>/, 'Ghost: a link to another post of the export, to that post here');
    assert.equal(pageHtml(dir, 'posts/still-writing-this'), undefined, 'Ghost: a draft has no page');
    const members = pageHtml(dir, 'posts/notes-for-members') ?? '';
    assertHas(members, /These notes were for members of the Ghost site\./, 'Ghost: a members’ post, for every reader');
    assert.doesNotMatch(members, /console\.log/, 'Ghost: its code injection left out');
    const cdnPost = pageHtml(dir, 'posts/images-on-a-cdn') ?? '';
    assertHas(cdnPost, /<picture class="post-cover">[\s\S]*?<img [^>]*src="\/_img\/[^"]+"/, 'a remote cover_image: the copy, as the cover');
    assertHas(cdnPost, /<picture><source type="image\/webp" srcset="\/_img\/[^"]+"[^>]*><img (?=[^>]*alt="Fees per batch")(?=[^>]*src="\/_img\/)[^>]*>/i, 'a remote image in the body: the copy, sized and responsive');
    assert.doesNotMatch(cdnPost, /127\.0\.0\.1/, 'the page loads nothing from the image host');
    // In Chromium, served by the built site with the image host stopped: both pictures load from the site.
    const port = await freePort();
    const site = spawn(process.execPath, [path.join(dir, 'scripts', 'start.mjs')], { cwd: dir, env: { ...workspaceEnv(dir, {}), PORT: String(port), HOSTNAME: '127.0.0.1' }, stdio: 'ignore' });
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      await answering(site, `http://127.0.0.1:${port}/posts/images-on-a-cdn`);
      // Each post's old addresses answer 308 to it; the site's own pages are not caught by `/:slug/`.
      for (const [old, slug] of [
        ['/releases/2024/05/06/release-notes-for-version-two.html', 'release-notes-for-version-two'],
        // A list of categories, and a date written at -07:00 (its day as written, as its file name says).
        ['/blog/2014/07/14/analytics-the-right-way.html', 'analytics-the-right-way'],
        // No categories: no empty segment.
        ['/2020/08/12/a-post-without-front-matter.html', 'a-post-without-front-matter'],
        ['/first-week-on-the-road/', 'first-week-on-the-road'],
        ['/images-on-a-cdn', 'images-on-a-cdn'],
      ] as const) {
        // A trailing slash is Next's own 308 first (to the address without it), then the old address's.
        let at: string = old;
        for (let hop = 0; hop < 2 && !at.startsWith('/posts/'); hop++) {
          const response = await fetch(`http://127.0.0.1:${port}${at}`, { redirect: 'manual' });
          assert.equal(response.status, 308, at);
          at = new URL(response.headers.get('location') ?? '', `http://127.0.0.1:${port}`).pathname;
        }
        assert.equal(at, `/posts/${slug}`, old);
      }
      // Nuxt's images in public/blog/, beside the `/blog/:slug` rule: each file is served, a post's old address redirects.
      assert.equal((await fetch(`http://127.0.0.1:${port}/blog/nuxt-content-cover.png`, { redirect: 'manual' })).status, 200, 'a file of public/blog/ is served');
      const oldNuxt = await fetch(`http://127.0.0.1:${port}/blog/building-with-nuxt-content`, { redirect: 'manual' });
      assert.deepEqual([oldNuxt.status, new URL(oldNuxt.headers.get('location') ?? '', `http://127.0.0.1:${port}`).pathname], [308, '/posts/building-with-nuxt-content'], 'the Nuxt post’s old address');
      // A video beside its post is served by the site.
      const video = /<video src="([^"]+)"/.exec(pageHtml(dir, 'posts/rollup-economics') ?? '')?.[1];
      assert.equal((await fetch(`http://127.0.0.1:${port}${video ?? '/no-video'}`)).status, 200, `the video beside its post, ${video}`);
      for (const own of ['/archive', '/tags', '/search', '/feed.xml']) assert.equal((await fetch(`http://127.0.0.1:${port}${own}`, { redirect: 'manual' })).status, 200, own);
      assert.equal((await fetch(`http://127.0.0.1:${port}/releases/2024/05/07/release-notes-for-version-two.html`, { redirect: 'manual' })).status, 404, 'another day is no old address');
      const page = await browser.newPage();
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(`http://127.0.0.1:${port}/`)) elsewhere.push(request.url());
      });
      await page.goto(`http://127.0.0.1:${port}/posts/images-on-a-cdn`);
      for (const image of [page.locator('.post-cover img'), page.getByRole('img', { name: 'Fees per batch' })]) {
        await image.scrollIntoViewIfNeeded();
        for (let attempt = 0; !(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)); attempt++) {
          assert.ok(attempt < 300, 'the image loads');
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      // The diagrams are drawn, in a Markdown post and in an .mdx one.
      for (const [slug, labels] of [['sequencer-basics', ['User', 'Sequencer', 'L1']], ['callouts-and-math', ['Proof', 'Sum']]] as const) {
        await page.goto(`http://127.0.0.1:${port}/posts/${slug}`);
        const drawing = page.locator('figure.diagram svg');
        await drawing.waitFor({ timeout: 30_000 });
        for (const label of labels) assert.ok(await drawing.getByText(label, { exact: true }).first().isVisible(), `${slug}: ${label} drawn`);
      }
      // In a feed, where no script draws it, the diagram's source leads to its drawing.
      const feed = await (await fetch(`http://127.0.0.1:${port}/tags/sequencers/feed.xml`)).text();
      assert.match(feed, /sequenceDiagram[\s\S]*?<\/pre><figcaption>A diagram’s source: <a href="http[^"]*\/posts\/sequencer-basics">see it drawn on the post’s page<\/a>\.<\/figcaption><\/figure>/, 'a diagram in a feed');
      // Icons written as text (Blowfish's shortcode, MkDocs Material's, in .mdx too): drawn one line of text
      // tall, in the text's colour.
      for (const [slug, name] of [['sequencer-basics', 'github'], ['hello-world', 'trash can'], ['callouts-and-math', 'lightbulb']] as const) {
        await page.goto(`http://127.0.0.1:${port}/posts/${slug}`);
        const icon = page.getByRole('img', { name, exact: true });
        const box = await icon.boundingBox();
        const drawn = await icon.evaluate((svg) => ({
          fill: getComputedStyle(svg.querySelector('path') ?? svg).fill,
          color: getComputedStyle(svg.parentElement ?? svg).color,
          fontSize: Number.parseFloat(getComputedStyle(svg.parentElement ?? svg).fontSize),
        }));
        assert.ok(box && box.height > 0.8 * drawn.fontSize && box.height < 1.3 * drawn.fontSize && box.width > 0, `${slug}: the ${name} icon is drawn at text size (${JSON.stringify(box)}, ${drawn.fontSize}px text)`);
        assert.equal(drawn.fill, drawn.color, `${slug}: the ${name} icon has the text's colour`);
      }
      assert.deepEqual(elsewhere, []);
      // A Jekyll post's {{ page.title }}, {{ page.date | date: … }} and {{ site.title }}: their values, as text.
      await page.goto(`http://127.0.0.1:${port}/posts/release-notes-for-version-two`);
      assert.equal(await page.locator('#post-body').getByText('Welcome to the notes for Release notes: version 2.0, published May 6, 2024 on Ledger Notes.').isVisible(), true, 'a Jekyll post’s page and site values are shown');
      // Minimal Mistakes' gallery: its thumbnails side by side, in cells of one size.
      await page.goto(`http://127.0.0.1:${port}/posts/notes-without-a-date-field`);
      const cells = await Promise.all(['first', 'second'].map((nth) => page.getByRole('img', { name: `The harbour, ${nth} of the gallery` }).boundingBox()));
      const [first, second] = cells;
      assert.ok(first && second && Math.abs(first.y - second.y) < 1 && second.x > first.x + first.width && Math.abs(first.width - second.width) < 1 && Math.abs(first.height - second.height) < 1, `the gallery's images side by side: ${JSON.stringify(cells)}`);
      // A post of Substack's export: its image (the site's copy) drawn with its caption, its footnote under the text.
      await page.goto(`http://127.0.0.1:${port}/posts/first-week-on-the-road`);
      const route = page.getByRole('img', { name: 'A map of the route' });
      await route.scrollIntoViewIfNeeded();
      for (let attempt = 0; !(await route.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)); attempt++) {
        assert.ok(attempt < 300, 'the Substack image loads');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.equal(await page.locator('#post-body figcaption').getByText('The route, drawn by hand.').isVisible(), true, 'the Substack caption is shown');
      assert.equal(await page.locator('#post-body').getByText('Mostly about coffee.').isVisible(), true, 'the Substack footnote is shown');
      // Its number leads to the note, and the note's number back, as on Substack.
      await page.locator('#post-body sup a', { hasText: '1' }).first().click();
      await page.waitForURL(/#user-content-footnote-1$/);
      const note = await page.locator('#user-content-footnote-1').boundingBox();
      const viewport = page.viewportSize();
      assert.ok(note && viewport && note.y >= 0 && note.y < viewport.height, `the note in view: ${JSON.stringify(note)}`);
      await page.locator('#user-content-footnote-1').click();
      await page.waitForURL(/#user-content-footnote-anchor-1$/);
      assert.equal(await page.locator('#post-body form, #post-body input').count(), 0, 'no Substack subscribe form');
      // Chirpy's light and dark pair: one shows in each colour scheme.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`http://127.0.0.1:${port}/posts/notes-without-a-date-field`);
        const shown = page.getByRole('img', { name: `The harbour, ${scheme}` });
        const hidden = page.getByRole('img', { name: `The harbour, ${scheme === 'light' ? 'dark' : 'light'}` });
        assert.equal(await shown.isVisible(), true, `${scheme}: its image shows`);
        assert.equal(await hidden.isVisible(), false, `${scheme}: the other scheme's image is hidden`);
      }
    } finally {
      await browser.close();
      site.kill();
    }

    const posts = filesUnder(corpus).filter((file) => isPostFile(file, () => fs.readFileSync(file, 'utf8')) && !UNDERSCORE_FILE.test(file) && hiddenFolderOf(path.relative(corpus, file)) === undefined && !publicDirs.some((folder) => file.startsWith(folder)));
    // Obsidian's vault settings and its deleted note beside the notes: neither read nor published (the deleted
    // note has the name of a note of the vault, so read as a post it would have taken its address).
    assert.ok(fs.existsSync(path.join(corpus, 'obsidian', '.trash', 'Writing in Obsidian.md')), 'the corpus has a deleted Obsidian note');
    assert.doesNotMatch(visibleText(pageHtml(dir, 'posts/writing-in-obsidian') ?? ''), /An old draft/, 'the deleted note is not the page');
    assert.equal(fs.readdirSync(path.join(dir, 'public'), { recursive: true, encoding: 'utf8' }).filter((file) => /workspace|app\.json/.test(file)).length, 0, 'no vault setting is published');
    assert.ok(posts.length >= 10, `${posts.length} posts in the corpus`);
    for (const file of posts) {
      const relative = path.relative(corpus, file);
      const front = readFrontmatter(fs.readFileSync(file, 'utf8'), `posts/${relative}`, file);
      assert.ok(front, `${relative} has frontmatter`);
      const fields = normaliseFields(front.data, `posts/${relative}`);
      const html = pageHtml(dir, `posts/${fields.slug}`);
      if (fields.draft || isScheduled(fields.date, Date.now())) {
        assert.equal(html, undefined, `${relative} is a draft or scheduled: no page`);
        continue;
      }
      assert.ok(html, `${relative}: no page for /posts/${fields.slug}`);
      const text = visibleText(html);
      assert.ok(text.includes(fields.title), `${relative}: the title is shown`);
      assert.doesNotMatch(text, /(?:^|\s)(?:\+\+\+|---)(?:\s|$)|\btitle\s*[:=]\s*["']/, `${relative}: raw frontmatter on the page`);
      // A post with Liquid off (`render_with_liquid: false`) shows its `{% … %}` on purpose.
      if (fields.liquid !== false) assert.doesNotMatch(text, /\{\{[<%]|\{%|%\}/, `${relative}: a shortcode on the page`);
      assert.doesNotMatch(text, /\$\$/, `${relative}: raw $$ math on the page`);
      // Every post names its authors: its own, or the site's default author.
      assertHas(text, /\bBy \S/, `${relative}: the authors`);
    }

    // The post's own fields where the old site's template showed them: Jekyll's `page` and `site` values (a
    // filtered date in the site's format; in inline code, as written), VuePress' `$frontmatter`, Hugo's `param`,
    // Astro's `{frontmatter.x}` in .mdx.
    const release = visibleText(pageHtml(dir, 'posts/release-notes-for-version-two') ?? '');
    assertHas(release, /Welcome to the notes for Release notes: version 2\.0 ?, published May 6, 2024 on Ledger Notes\./, '{{ page.title }}, {{ page.date | date }}, {{ site.title }}');
    assertHas(release, /Upgrade to 2\.0\.1 with gem update ?\. A theme shows it with \{\{ page\.version \}\}/, '{{ page.version }}, and in inline code as written');
    const vuepress = visibleText(pageHtml(dir, 'posts/frontmatter-in-text') ?? '');
    assertHas(vuepress, /This post is written in en-US\./, '{{ $frontmatter.lang }}');
    assert.equal(vuepress.split('Blogging with VuePress').length - 1, 1, '# {{ $frontmatter.title }} is the title, shown once');
    assertHas(visibleText(pageHtml(dir, 'posts/release-checklist') ?? ''), /This checklist is kept by the release team\./, '{{< param "owner" >}}');
    assertHas(pageHtml(dir, 'posts/release-checklist'), /<table[^>]*>\s*(?:<tbody>\s*)?<tr><td>Tag the release<\/td><\/tr>\s*<tr><td>Publish the notes<\/td><\/tr>/, '{{< rawhtml >}}: its HTML, as HTML');
    assertHas(pageHtml(dir, 'posts/release-checklist'), /<details[^>]*>\s*<summary[^>]*>Who signs the release\?<\/summary>\s*<p>Two people of the release team\.<\/p>/, '{{< spoiler >}}: folded');
    assertHas(visibleText(pageHtml(dir, 'posts/frontmatter-in-mdx') ?? ''), /This guide is for beginner readers: How Astro.s MDX shows a post.s own fields\./, '{frontmatter.difficulty} in .mdx');

    // Beautiful Jekyll's fields: `gh-repo` linked under the title, `cover-img` with its caption, `last-updated`.
    const project = pageHtml(dir, 'posts/a-project-of-mine');
    assertHas(project, /<p class="[^"]*">Link:(?:<!-- -->)? <a href="https:\/\/github\.com\/daattali\/beautiful-jekyll" class="[^"]*">github\.com\/daattali\/beautiful-jekyll<\/a><\/p>/, '`gh-repo`: the repository under the title');
    assertHas(project, /<figure[^>]*><picture class="post-cover">[\s\S]*?<\/picture><figcaption[^>]*>The project(?:'|&#x27;|’)s teaser<\/figcaption><\/figure>/, '`cover-img: ["path" : "Caption"]`: the cover and its caption');
    assertHas(project, /"dateModified":"2024-06-01T00:00:00.000Z"/, '`last-updated`');

    // Medium's export: an HTML document with no frontmatter is a post, its fields read from the page; the title and
    // subtitle Medium repeats in the body, its footer and its first section's rule are left out, a later rule stays.
    const medium = pageHtml(dir, 'posts/why-i-moved-my-blog') ?? '';
    const mediumText = visibleText(medium);
    assert.equal(mediumText.split('Why I moved my blog').length - 1, 1, 'the Medium title, shown once');
    assert.equal(mediumText.split('Owning the words, and the addresses they live at.').length - 1, 1, 'the Medium subtitle, shown once');
    assertHas(mediumText, /By Mara Lindqvist/, 'the Medium author');
    assertHas(medium, /<time[^>]*dateTime="2023-04-12T08:30:00\.000Z"/, 'the Medium date');
    assertHas(medium, /For six years I wrote on <a href="https:\/\/medium\.com"[^>]*>Medium<\/a>\. It was <strong>easy<\/strong>[\s\S]*?<blockquote>Your words should outlive the platform\.<\/blockquote>[\s\S]*?<hr>[\s\S]*?After the break: the export kept every post\./, 'the Medium body, its later rule kept');
    const body = medium.slice(medium.indexOf('id="post-body"'), medium.indexOf('After the break'));
    assert.ok(body.indexOf('For six years') > 0 && body.indexOf('<hr>') > body.indexOf('For six years'), 'the rule above the first section is left out');
    assert.doesNotMatch(mediumText, /Exported from|Canonical link|npm run build npm start \S*Medium/, 'no Medium footer on the page');
    // A YouTube video Medium embedded through its media proxy: a link to the video its still names.
    assertHas(medium, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*>Watch the video on YouTube<\/a>/, 'a Medium embed of a YouTube video');
    assert.doesNotMatch(medium, /medium\.com\/media/, 'no frame of Medium’s media proxy');

    // Substack's export: each file of its posts/ folder is a post's body, its fields a row of posts.csv; Substack's
    // subscribe form and buttons are left out, a footnote is a numbered note, an image its copy with its caption.
    const substack = pageHtml(dir, 'posts/first-week-on-the-road') ?? '';
    const substackText = visibleText(substack);
    assert.equal(substackText.split('First week on the road').length - 1, 1, 'the Substack title, from posts.csv, shown once');
    assertHas(substackText, /Maps, coffee, and a few "strong" opinions|Maps, coffee, and a few &quot;strong&quot; opinions/, 'the Substack subtitle, quotes and commas kept');
    assertHas(substack, /<time[^>]*dateTime="2024-03-02T09:15:00\.000Z"/, 'the Substack date');
    assertHas(substack, /with <a href="https:\/\/example\.com\/notes"[^>]*>notes from the road<\/a> and a few <strong>strong<\/strong> opinions<sup><a href="#user-content-footnote-1" id="user-content-footnote-anchor-1">1<\/a><\/sup>\.<\/p>/, 'the Substack body, its footnote number as a superscript linked to its note');
    assertHas(substack, /<figure>[\s\S]*?<img (?=[^>]*alt="A map of the route")(?=[^>]*src="\/_img\/)[^>]*>[\s\S]*?<figcaption[^>]*>The route, drawn by hand\.<\/figcaption><\/figure>/, 'the Substack image: the copy, with its caption');
    assertHas(substackText, /\b1 Mostly about coffee\./, 'the Substack footnote under the text');
    assert.doesNotMatch(substackText, /Subscribe|Thanks for reading|\bShare\b/, 'no Substack subscribe form or buttons');
    assert.doesNotMatch(substack, /substackcdn|substack-post-media|127\.0\.0\.1/, 'nothing loaded from Substack');
    assert.equal(pageHtml(dir, 'posts/half-a-draft'), undefined, 'an unpublished Substack post is a draft: no page');

    // Notion's Markdown export: a page's title line and property lines are its fields, its image (beside it, its path
    // URL-encoded) is processed, its <aside> callout a callout; an unpublished page is a draft.
    const notion = pageHtml(dir, 'posts/moving-to-a-static-site') ?? '';
    const notionText = visibleText(notion);
    assert.equal(notionText.split('Moving to a static site').length - 1, 1, 'the Notion title, shown once');
    assertHas(notion, /<time[^>]*dateTime="2024-03-04T21:32:00\.000Z"/, 'the Notion Created date');
    assertHas(notion, /href="\/tags\/writing"[\s\S]*?href="\/tags\/tools"/, 'the Notion tags');
    assert.doesNotMatch(notionText, /Created:|Status:|Reviewer:|Last edited time:/, 'no property line in the text');
    assertHas(notion, /<img (?=[^>]*alt="Fees per batch, from the Notion page")(?=[^>]*src="\/_img\/)[^>]*>/, 'the Notion image beside the page');
    assertHas(notion, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Note<\/p>\s*<p>💡 Each page of the database is a file/, 'the Notion <aside>: a callout');
    assert.equal(pageHtml(dir, 'posts/half-an-idea'), undefined, 'a Notion page in progress is a draft: no page');

    // Astro's image imports in .mdx: `<Image src={fees}>` and `<img src={fees.src}>` are the file beside the post, processed.
    // astro-embed's players: links to what they play and show, their import left out.
    assertHas(pageHtml(dir, 'posts/a-talk-in-mdx'), /<p><a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*>Watch “Rollups in ten minutes” on YouTube<\/a><\/p>[\s\S]*<p><a href="https:\/\/twitter\.com\/astrodotbuild\/status\/1511750228428435457"[^>]*>Read the post on X<\/a><\/p>/, 'astro-embed’s <YouTube> and <Tweet>');
    const astroImages = pageHtml(dir, 'posts/images-in-mdx');
    for (const alt of ["Fees per batch, by Astro(?:'|&#x27;)s Image", 'Fees per batch, by its src']) {
      assertHas(astroImages, new RegExp(`<picture><source type="image/webp" srcset="/_img/[^"]+"[^>]*><img (?=[^>]*alt="${alt}")(?=[^>]*src="/_img/)[^>]*>`, 'i'), `an imported image in .mdx (${alt})`);
    }

    // Fields of other engines, as readers see them.
    const multi = pageHtml(dir, 'posts/introducing-multi-part-posts');
    assertHas(visibleText(multi ?? ''), /By Ledger Notes editors and Mara Lindqvist/, 'authors: [default, mara]');
    assertHas(multi, /<a href="https:\/\/mara-lindqvist\.example" rel="author"/, 'a profile links its author');
    assertHas(multi, /<link rel="canonical" href="https:\/\/starter\.example\/blog\/nested-route\/introducing-multi-part-posts"/, 'canonicalUrl');
    assertHas(multi, /class="katex"/, '$$ math typeset');
    const equations = pageHtml(dir, 'posts/numbered-equations') ?? '';
    assertHas(equations, /<span class="katex-display">(?:(?!<\/math>)[\s\S])*?<annotation encoding="application\/x-tex">\\begin\{equation\}\nE = mc\^2 \\tag\{1\}\n\\end\{equation\}<\/annotation>/, 'a LaTeX environment alone in the text: a displayed formula, numbered');
    assertHas(equations, /<p>Equation \(1\) holds for every <span class="katex">/, '\\eqref in the text: the number');
    assert.doesNotMatch(equations, /katex-error|mathcolor="#cc0000"/, 'every formula of the post typeset (\\newcommand of \\R included)');
    assertHas(multi, /class="post-cover"/, 'images: [...] is the cover');
    const economics = pageHtml(dir, 'posts/rollup-economics');
    assertHas(visibleText(economics ?? ''), /Part 1 of 3 in the series “Layer 2 Deep Dives” Rollup Economics Sequencer Basics Data Availability/, 'a Hugo series');
    assertHas(economics, /alt="Coins stacked on a blue background"/, 'the Hugo cover and its alt text');
    assertHas(economics, /<pre(?=[^>]*class="[^"]*line-numbers)(?=[^>]*data-language="go")[^>]*><code style="counter-reset: line 19"><span class="line">[\s\S]*?<span class="line">[\s\S]*?<span class="line highlighted">/, 'a Hugo fence: numbered from linenostart, hl_lines marked');
    assertHas(economics, /href="\/tags\/typescript"[^>]*>TypeScript</, 'TypeScript stays whole');
    // Hugo's {{< highlight >}} block and {{< ref >}}, rewritten as Markdown when the post is read.
    const splitBlock = /<pre[^>]*>(?:(?!<\/pre>)[\s\S])*?split(?:(?!<\/pre>)[\s\S])*?<\/pre>/.exec(economics ?? '')?.[0] ?? '';
    assertHas(splitBlock, /^<pre(?=[^>]*class="[^"]*line-numbers)(?=[^>]*data-language="go")/, 'a Hugo highlight block: a fence with its options');
    assert.deepEqual([...splitBlock.matchAll(/<span class="line( highlighted)?">/g)].map((line) => Boolean(line[1])), [false, true, false], 'hl_lines=2 marks the second line');
    assertHas(economics, /<a href="\/posts\/data-availability">data availability<\/a>/, 'a Hugo ref: the post address');
    // A video beside its post (a page bundle): published, as a linked file is, and named by its site path.
    const walkthrough = /<video src="(\/_img\/walkthrough-[\da-f]{12}\.mp4)" poster="\/_img\/cover-[\da-f]{12}\.png" controls>/.exec(economics ?? '')?.[1];
    assert.ok(walkthrough && fs.readFileSync(path.join(dir, 'public', walkthrough), 'latin1').includes('a walkthrough'), 'a video beside its post');
    assertHas(economics, /<figure[^>]*>(?:(?!<\/figure>)[\s\S])*?alt="Coins again"(?:(?!<\/figure>)[\s\S])*?<figcaption[^>]*>The same coins, as a figure written over several lines, from <a href="\/posts\/sequencer-basics">sequencer basics<\/a><\/figcaption><\/figure>/, 'a Hugo figure over several lines, its caption’s Markdown link to a post');
    assertHas(economics, /<a href="\/posts\/sequencer-basics">sequencer basics<\/a>/, 'a relative link to another post’s file');
    assertHas(economics, /href="\/tags\/economics"/, 'categories are tags');
    assertHas(economics, /"dateModified":"2024-03-01T00:00:00.000Z"/, 'lastmod');
    assertHas(economics, /<figure[^>]*><picture class="post-cover">[\s\S]*?<\/picture><figcaption[^>]*>What a batch costs, and what it earns\.<\/figcaption><\/figure>/, 'the Hugo cover’s caption');
    // `series = ["Layer 2 Deep Dives", "Running a Sequencer"]`: a nav for each; the second series's other post has JSON frontmatter.
    assertHas(pageHtml(dir, 'posts/data-availability'), /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Where the data lives<\/p>\s*<p>Posting data to a committee instead of the chain trades <strong>safety<\/strong> for cost\.<\/p>/, 'a Hugo theme\'s {{% notice %}}');
    assertHas(pageHtml(dir, 'posts/sequencer-basics'), /<p><a href="https:\/\/www\.youtube\.com\/watch\?v=w7Ft2ymGmfc"[^>]*>Watch the video on YouTube<\/a><\/p>/, '{{< youtube id >}}: a link to the video');
    // A Mermaid diagram, from Hugo's shortcode and from an .mdx fence: its source, for the browser to draw (below).
    assertHas(pageHtml(dir, 'posts/sequencer-basics'), /<figure class="diagram" data-pagefind-ignore=""><pre class="mermaid">sequenceDiagram\n  User-(?:&#x3E;|>){2}Sequencer: transaction\n  Sequencer-(?:&#x3E;|>){2}L1: batch<\/pre><\/figure>/, '{{< mermaid >}}: a diagram');
    assertHas(pageHtml(dir, 'posts/callouts-and-math'), /<figure class="diagram" data-pagefind-ignore=""><pre class="mermaid">flowchart TD\n  Proof --(?:&gt;|&#x3E;|>) Sum<\/pre><\/figure>/, 'a ```mermaid fence in .mdx: a diagram');
    // Icons written as text: drawn when the post is built, from the icon sets; none left as text.
    assertHas(pageHtml(dir, 'posts/sequencer-basics'), /on <svg (?=[^>]*class="icon")(?=[^>]*role="img")(?=[^>]*aria-label="github")(?=[^>]*viewBox="0 0 496 512")[^>]*><path fill="currentColor" d="M[^"]+"><\/path><\/svg> GitHub\./, '{{< icon "github" >}}: Font Awesome’s');
    assertHas(pageHtml(dir, 'posts/hello-world'), /<p><svg (?=[^>]*aria-label="trash can")[^>]*>[\s\S]*?<\/svg> Delete what you do not need, and <svg (?=[^>]*aria-label="search")[^>]*>[\s\S]*?<\/svg> search the rest\.<\/p>/, ':material-trash-can: and :octicons-search-24:');
    assertHas(pageHtml(dir, 'posts/callouts-and-math'), /icons: <svg (?=[^>]*aria-label="lightbulb")[^>]*>/, ':fontawesome-solid-lightbulb: in an .mdx component');
    for (const slug of ['sequencer-basics', 'hello-world', 'callouts-and-math']) assert.doesNotMatch(visibleText(pageHtml(dir, `posts/${slug}`) ?? ''), /\{\{< icon|:(?:material|octicons|fontawesome)-/, `${slug}: no icon left as text`);
    const sequencer = visibleText(pageHtml(dir, 'posts/sequencer-basics') ?? '');
    assertHas(sequencer, /Part 2 of 3 in the series “Layer 2 Deep Dives”/, 'the first of two series');
    assertHas(sequencer, /Part 1 of 2 in the series “Running a Sequencer” Sequencer Basics Operating a Sequencer/, 'the second of two series');
    const operating = pageHtml(dir, 'posts/operating-a-sequencer');
    assertHas(visibleText(operating ?? ''), /By Mara Lindqvist/, 'JSON frontmatter: author');
    assertHas(operating, /href="\/tags\/sequencers"/, 'JSON frontmatter: tags');
    // Hugo `url`, Jekyll `permalink` and a TOML list of aliases over several lines: 308s from each old address.
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'routes-manifest.json'), 'utf8')) as { redirects: { source: string; destination: string; statusCode?: number }[] };
    const redirects = new Map(manifest.redirects.map((redirect) => [redirect.source, redirect]));
    for (const [from, to] of [
      ['/2024/03/sequencer-basics', '/posts/sequencer-basics'],
      ['/sequencers/basics', '/posts/sequencer-basics'],
      ['/l2/sequencer-basics.html', '/posts/sequencer-basics'],
      ['/2024/05/operating-a-sequencer', '/posts/operating-a-sequencer'],
      ['/jekyll/update/2023/08/14/welcome-to-jekyll.html', '/posts/welcome-to-jekyll'],
    ]) {
      assert.equal(redirects.get(from ?? '')?.destination, to, `redirect ${from}`);
      assert.equal(redirects.get(from ?? '')?.statusCode, 308, `redirect ${from} is a 308`);
    }
    assertHas(pageHtml(dir, 'index'), /data-featured[\s\S]*Adding New Posts in the AstroPaper Style[\s\S]*<\/section>/, 'featured: true');
    assertHas(pageHtml(dir, 'posts/adding-new-posts-in-astropaper-style'), /<meta property="article:author" content="Sat Naing"/, 'author in OpenGraph');
    // jekyll-import's WordPress posts: `.html` files, their body HTML (not Markdown), their WordPress fields read.
    const analytics = pageHtml(dir, 'posts/analytics-the-right-way');
    assertHas(analytics, /<p>The fix takes two steps &#x26; one file:<\/p>\s*<ul>\s*<li>add the snippet to <code>header\.php<\/code>,<\/li>/, 'an HTML post: its paragraphs and list');
    assertHas(analytics, /<pre[^>]*>(?:(?!<\/pre>)[\s\S])*&#x3C;script async src="\/analytics\.js">&#x3C;\/script>\n\nga\('send', 'pageview'\);(?:(?!<\/pre>)[\s\S])*<\/pre>/, 'an HTML post: its <pre>, blank line kept, as text');
    assertHas(analytics, /<h2 id="the-snippet">The snippet/, 'an HTML post: its heading, with an id');
    assertHas(analytics, /<picture>[\s\S]*?alt="The real-time view"/, 'an HTML post: its image, processed');
    assertHas(analytics, /<p>Three \* stars and _underscores_ stay as written\.<\/p>/, 'an HTML post: no Markdown read in it');
    assertHas(analytics, /<figure[^>]*><picture>(?:(?!<\/figure>)[\s\S])*?alt="The dashboard"(?:(?!<\/figure>)[\s\S])*?<figcaption[^>]*>The dashboard, a week later<\/figcaption><\/figure>/, 'an HTML post: WordPress’ [caption] as a figure');
    assertHas(visibleText(analytics ?? ''), /By Mila Horvat/, 'jekyll-import’s author: its display_name');
    assert.ok(!(analytics ?? '').includes('mhorvat@example.com'), 'the author’s email is not published');
    assertHas(pageHtml(dir, 'tags/analytics'), /I just found out that the analytics script was not counting post pages, only the index page and its subpages\./, 'an HTML post: its summary, before <!--more-->');
    assert.equal(redirects.get('/adding-analytics-the-right-way')?.destination, '/posts/analytics-the-right-way', 'an HTML post: its permalink redirects');
    assert.match(output, /members-only\.html:8\s+warning\s+This post had a password on WordPress/, 'a post that had a password: named');
    assertHas(pageHtml(dir, 'posts/written-in-html'), /<p>Hugo reads <strong>HTML<\/strong> content files too, front matter and all\.<\/p>/, 'a Hugo .html post with TOML front matter');
    // A Jekyll post written by hand in HTML: its Liquid where it has an exact result.
    const byHand = pageHtml(dir, 'posts/written-by-hand-in-html');
    assertHas(byHand, /<a href="\/posts\/welcome-to-jekyll">the welcome post<\/a>/, '{% post_url %} in an HTML post');
    assertHas(byHand, /<a href="\/posts\/analytics-the-right-way">the analytics post<\/a>, also at <a href="\/posts\/analytics-the-right-way">its link<\/a>/, 'a link to another HTML post by its file, and {% link %} to it');
    assertHas(byHand, /<p>A layout prints the title with <code>\{\{ page\.title \}\}<\/code>\.<\/p>/, '{% raw %} in an HTML post: shown as written');
    assertHas(byHand, /<picture>[\s\S]*?alt="The teaser"/, '{{ site.baseurl }} in an HTML post: the image found');
    assertHas(byHand, /<pre[^>]*data-language="ruby"[^>]*><code><span class="line">(?:(?!<\/pre>)[\s\S])*?puts "Hi, #\{name\}" if name &#x26;&#x26; name\.size &#x3C; 20/, '{% highlight ruby %} in an HTML post: its code, escaped');
    // A post with no frontmatter block at all, as Jekyll reads one: its heading the title, its name the date.
    const noBlock = pageHtml(dir, 'posts/a-post-without-front-matter');
    assertHas(noBlock, /<h1[^>]*>A post without front matter<\/h1>/, 'no frontmatter: the heading is the title');
    assertHas(noBlock, /datetime="2020-08-12/i, 'no frontmatter: the date from the file name');
    assert.equal(noBlock?.match(/A post without front matter<\/h/g)?.length, 1, 'no frontmatter: the heading shown once');
    // `render_with_liquid: false`: its Liquid shown as written, in the page and in its summary.
    const aboutLiquid = pageHtml(dir, 'posts/writing-about-liquid');
    assertHas(aboutLiquid, /<p>A layout prints the title with \{\{ page\.title \}\}, and \{% if page\.tags %\} tests a list\.<\/p>/, 'render_with_liquid: false, its text');
    assertHas(aboutLiquid, /<span>\{% for tag in page\.tags %\}\{\{ tag \}\}\{% endfor %\}<\/span>/, 'render_with_liquid: false, its code');
    assertHas(pageHtml(dir, 'tags/jekyll'), /A layout prints the title with \{\{ page\.title \}\}/, 'render_with_liquid: false, its summary');
    // An HTML post whose paragraphs are blank lines (WordPress' classic text, stored without `<p>`): each a paragraph.
    const oldBlog = pageHtml(dir, 'posts/notes-from-the-old-blog') ?? '';
    assertHas(oldBlog, /<p>An early importer wrote the text as WordPress stored it, without paragraphs\.<\/p>\s*<p>A second paragraph, with <em>emphasis<\/em>\nand a line that wraps\.<\/p>/, 'an HTML post: paragraphs at blank lines');
    assertHas(oldBlog, /<blockquote><p>A quote of one line\.<\/p>\s*<p>And its second paragraph\.<\/p>\s*<\/blockquote>/, 'an HTML post: paragraphs in a quote');
    assertHas(oldBlog, /<\/ul>\s*<p>The last paragraph, with <a href="#user-content-note-1">a note<\/a>\.<\/p>/, 'an HTML post: the text after a list, its link to an anchor of the post');
    assertHas(oldBlog, /<p><a id="user-content-note-1"><\/a>Notes: the old theme put them here\.<\/p>/, 'an old `<a name>` anchor, kept');
    assertHas(visibleText(pageHtml(dir, 'tags/old-blog') ?? ''), /without paragraphs\.(?! A second)/, 'an HTML post: its first paragraph is the summary');
    // Old jekyll-import's Ruby `!binary` values (base64): the title and the tag they hold.
    const geometry = pageHtml(dir, 'posts/geometry-and-scrolling') ?? '';
    assertHas(visibleText(geometry), /几何关系与滚动[\s\S]*前端/, 'a !binary title and tag');
    // Dated `2011-10-10 04:56:33 +08:00` (the 9th in UTC): the day its author wrote, as Jekyll showed it.
    assertHas(geometry, /<time dateTime="2011-10-10T04:56:33\.000\+08:00"[^>]*>October 10, 2011<\/time>/, 'a date shows the day written in its zone');
    // jekyll-import's Blogger posts: the old URL's path redirects, `modified_time` is the update.
    const laptop = pageHtml(dir, 'posts/upgrading-the-laptop');
    assertHas(laptop, /I upgraded my laptop to <a href="https:\/\/ubuntu\.com\/"[^>]*>Ubuntu 8\.10<\/a> last night\.<br><br>Since 8\.04/, 'a Blogger post: its HTML');
    assertHas(laptop, /"dateModified":"2008-11-25T12:02:08\.119-08:00"/, 'modified_time');
    assert.equal(redirects.get('/2008/11/upgrading-the-laptop.html')?.destination, '/posts/upgrading-the-laptop', 'blogger_orig_url: its path redirects');
    assert.equal(pageHtml(dir, 'posts/members-only'), undefined, 'a post that had a password is a draft: no page');
    // Jekyll's own name for a Markdown file (`jekyll new` writes 2023-08-14-welcome-to-jekyll.markdown).
    assert.ok(posts.some((file) => file.endsWith('.markdown')), 'the corpus has a .markdown post');
    // Jekyll's `_drafts/` (no date): a draft, so no page in production (the loop above), and in the generated posts.
    assert.ok(posts.some((file) => file.includes(`${path.sep}_drafts${path.sep}`)), 'the corpus has a Jekyll draft');
    assert.ok(!output.includes('a-post-in-progress'), 'the Jekyll draft builds without a word beyond its note');
    const welcome = pageHtml(dir, 'posts/welcome-to-jekyll');
    assertHas(welcome, /alt="A magenta card"/, 'Jekyll image: { path, alt }');
    // `categories: jekyll update`, as `jekyll new` writes it: two tags, as Jekyll reads a line of words.
    for (const tag of ['jekyll', 'update']) assertHas(welcome, new RegExp(`href="/tags/${tag}"`), `the category ${tag}, a tag`);
    assert.doesNotMatch(welcome ?? '', /href="\/tags\/jekyll-update"/, 'no tag of both words');
    // The post `jekyll new` writes: its {% highlight %} block, {% raw %} and {{ site.baseurl }}, as Jekyll shows them.
    assertHas(welcome, /<pre[^>]*data-language="ruby"/, 'a Jekyll highlight block');
    assertHas((welcome ?? '').replace(/<[^>]+>/g, ''), /print_hi\((?:'|&#x27;)Tom(?:'|&#x27;)\)\n#=(?:>|&gt;) prints/, 'the block\'s code');
    assertHas(welcome, /<code>\{\{ page\.title \}\}<\/code>/, 'what {% raw %} protects, as written');
    assertHas(welcome, /<a href="\/archive">listed here<\/a>/, '{{ site.baseurl }}: a site path');
    assertHas(pageHtml(dir, 'posts/dynamic-routing'), /<picture data-avatar="true"><source type="image\/webp" srcSet="\/_img\/jj-[^"]+"[^>]*><img [^>]*alt=""[^>]*><\/picture><span class="font-medium">JJ Kasper<\/span>/i, 'author: { name, picture }: the picture beside the name');
    // tailwind-nextjs-starter-blog's <TOCInline exclude="Overview" toHeading={2} />.
    const inlineToc = /<nav aria-label="Contents of this post" class="mdx-toc[\s\S]*?<\/nav>/.exec(pageHtml(dir, 'posts/components-from-the-starter') ?? '')?.[0] ?? '';
    assert.deepEqual([...inlineToc.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]), ['images', 'code'], 'TOCInline exclude and toHeading');
    // An .mdx body that opens with `# Title`: the title is the page's one h1, not repeated.
    const callouts = pageHtml(dir, 'posts/callouts-and-math') ?? '';
    assert.equal(visibleText(callouts).split('Callouts and Math in MDX').length - 1, 1, 'the .mdx title shown once');
    assertHas(pageHtml(dir, 'posts/notes-without-a-date-field'), /dateTime="2023-09-02/, 'a Jekyll post dated by its file name');
    // Minimal Mistakes' captured Markdown shown in a notice (blank lines inside), and its gallery.
    const notes = pageHtml(dir, 'posts/notes-without-a-date-field') ?? '';
    assertHas(notes, /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Warning<\/p>\s*<h4[^>]*>Captured[\s\S]*?<\/h4>\s*<ul>\s*<li>The theme(?:'|&#x27;|’)s documented way<\/li>\s*<li>to put Markdown in a notice<\/li>\s*<\/ul>\s*<\/div>/, '{% capture %} … {{ x | markdownify }} in a notice');
    assertHas(notes, /<p><span class="image-gallery"><a href="\/assets\/images\/mm-teaser\.png"><picture>(?:(?!<\/picture>)[\s\S])*?<img (?=[^>]*alt="The harbour, first of the gallery")(?=[^>]*src="\/_img\/mm-teaser-)[^>]*><\/picture><\/a> <picture>(?:(?!<\/picture>)[\s\S])*?alt="The harbour, second of the gallery"[^>]*><\/picture><\/span><br\/?><em>The harbour, as a <strong>gallery<\/strong>\.<\/em><\/p>/, '{% include gallery %}: its images and caption');
    assert.doesNotMatch(visibleText(notes), /capture|markdownify|include gallery/, 'no Liquid left on the page');
    assertHas(pageHtml(dir, 'posts/notes-without-a-date-field'), /<figure class="image-figure"><picture>(?:(?!<\/figure>)[\s\S])*?<img (?=[^>]*alt="A harbour at dusk")(?=[^>]*src="\/_img\/mm-teaser-)[^>]*><\/picture><figcaption>A figure, as the Minimal Mistakes theme writes one\.<\/figcaption>/, '{% include figure %}: an image from public/ with its caption');
    assertHas(pageHtml(dir, 'posts/notes-without-a-date-field'), /<img (?=[^>]*alt="The harbour again")(?=[^>]*src="\/_img\/mm-teaser-)[^>]*><\/picture><figcaption>The same figure, its include written over lines\.<\/figcaption>/, 'an include written over lines');
    const kramdown = pageHtml(dir, 'posts/notes-without-a-date-field') ?? '';
    assertHas(kramdown, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Note<\/p>\s*<p><strong>Watch out!<\/strong> kramdown/, '{: .notice--info}: a callout');
    assertHas(kramdown, /<a href="https:\/\/kramdown\.gettalong\.org\/syntax\.html"[^>]*>the kramdown syntax<\/a> for more\./, '{:target="_blank"} left out');
    assert.doesNotMatch(visibleText(kramdown), /\{:|A reminder to myself/, 'no attribute list or kramdown comment on the page');
    // Heading ids as the engines write them: old links to #reading, #uptime, #adding-posts and #jsx still land.
    assertHas(kramdown, /<h2 id="reading">Further reading<a/, 'kramdown {: #id} under a heading');
    assertHas(kramdown, /when the frontmatter has none 📆\./, 'an emoji shortcode (jemoji)');
    // A kramdown table (rule lines above the header, a short rule under it, a footer): a table, every row kept.
    assertHas(kramdown, /<table>\s*<thead>\s*<tr>\s*<th>Setting<\/th>\s*<th align="center">Default<\/th>\s*<th>Meaning<\/th>/, 'a kramdown table: its header and alignment');
    assertHas(kramdown, /<td><code>excerpt_separator<\/code><\/td>\s*<td align="center"><code>&#x3C;!--more--><\/code><\/td>\s*<td>Where a summary ends<\/td>[\s\S]*?<td>Both are<\/td>/, 'a kramdown table: its rows and footer');
    assert.doesNotMatch(visibleText(kramdown), /\|---|\|===/, 'no kramdown rule line on the page');
    // Minimal Mistakes' `header: { overlay_image, image_description, caption }`: the cover, its alt text, its caption's Markdown.
    assertHas(kramdown, /<picture class="post-cover">[\s\S]*?<img (?=[^>]*alt="A harbour at dusk, as the header")/, 'header.overlay_image: the cover');
    assertHas(kramdown, /<figcaption class="cover-caption[^"]*">Photo credit: <a href="https:\/\/unsplash\.com"><strong>Unsplash<\/strong><\/a><\/figcaption>/, 'header.caption: Markdown read');
    assertHas(kramdown, /<div class="markdown-alert markdown-alert-tip"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Tip<\/p>\s*<p><strong>Tip:<\/strong> the theme's notices can be <em>HTML<\/em> too\.<\/p>/, 'a notice in HTML with markdown="1": a callout, its Markdown read');
    assertHas(pageHtml(dir, 'posts/operating-a-sequencer'), /<h2 id="uptime">Keeping it running<a/, 'Hugo {#id .class}');
    assert.equal(pageHtml(dir, 'posts/unpublished-thoughts'), undefined, 'published: false');
    assert.ok(pageHtml(dir, 'tags/区块链'), 'the Chinese tag page is prerendered');
    assert.ok(pageHtml(dir, 'posts/区块链扩容简介'), 'the Chinese post keeps its Chinese address');
    // Hexo: a dated `2019/3/15 14:23:01`, category paths, tag plugins, the post's asset folder, the summary divider.
    const hexo = pageHtml(dir, 'posts/writing-with-hexo-tags') ?? '';
    assertHas(pageHtml(dir, 'posts/second-hexo-post'), /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Warning<\/p>\s*<p>The NexT theme draws this as a <strong>warning<\/strong> note\.<\/p>/, "NexT's {% note warning %}");
    assertHas(hexo, /dateTime="2019-03-15T14:23:01.000Z"/, 'a Hexo date with slashes, read as UTC');
    for (const tag of ['hexo', 'tooling', 'static-sites', 'notes']) assertHas(hexo, new RegExp(`href="/tags/${tag}"`), `Hexo category path: /tags/${tag}`);
    assertHas(hexo, /<img (?=[^>]*alt="A batch of transactions")(?=[^>]*src="\/_img\/batch-)/, '{% asset_img %} from the asset folder');
    assertHas(hexo, /<img [^>]*alt="The same batch, written as Markdown"/, '![](batch.png) from the asset folder');
    assertHas(hexo, /<a href="\/_img\/fees-[\da-f]{12}\.csv">the fee table<\/a>/, '{% asset_link %}: the file published');
    const hexoCode = /<pre[^>]*data-language="js"[^>]*>(?:(?!<\/pre>)[\s\S])*<\/pre>/.exec(hexo)?.[0] ?? '';
    assert.deepEqual([...hexoCode.matchAll(/<span class="line( highlighted)?">/g)].map((line) => Boolean(line[1])), [false, true], '{% codeblock mark:2 %}');
    assertHas(hexo, /fees\.js/, 'the codeblock\'s title');
    assertHas(hexo, /<blockquote>[\s\S]*?only trustless scaling solution\.\n<br>— <strong>Vitalik Buterin<\/strong>, <em>A rollup-centric Ethereum roadmap<\/em>/, '{% blockquote author, source %}');
    assertHas(hexo, /<a href="\/posts\/second-hexo-post">A Second Hexo Post<\/a>/, '{% post_link %}: the post\'s title');
    assertHas(hexo, /<a href="https:\/\/hexo\.io\/docs\/tag-plugins"[^>]*>Hexo(?:'|&#x27;)s documentation<\/a>/, '{% link %}');
    assertHas(pageHtml(dir, 'tags/hexo'), /Hexo keeps a post(?:'|&#x27;|’)s files in an asset folder named after the post\. This second paragraph is part of the summary too/, 'the summary: what comes before <!-- more -->');
    // Zola: TOML with [taxonomies] and [extra], `@/` links, a folder post's colocated image.
    const zola = pageHtml(dir, 'posts/zola-front-matter') ?? '';
    for (const tag of ['zola', 'rust', 'static-sites']) assertHas(zola, new RegExp(`href="/tags/${tag}"`), `Zola taxonomies: /tags/${tag}`);
    assertHas(zola, /<a href="\/posts\/zola-sections">sections post<\/a> and its <a href="\/posts\/zola-sections#setup">setup<\/a>/, 'Zola @/ links');
    assertHas(zola, /<pre(?=[^>]*class="[^"]*line-numbers)(?=[^>]*data-language="rust")/, 'a Zola fence with linenos');
    // Zola's section page (`blog/_index.md`, settings alone): neither checked nor generated as a post.
    // The corpus' posts, the CDN post written beside them and the posts of Ghost's export.
    assert.match(output, new RegExp(`content:check: ${posts.length + 1 + ghostPosts} posts, 0 errors[\\s\\S]*Generated ${posts.length + 1 + ghostPosts} documents`));
    assert.equal(pageHtml(dir, 'posts/blog'), undefined, 'no page for a section');
    assert.equal(pageHtml(dir, 'posts/_index'), undefined, 'no page for a section');
    // AstroPaper's `_half-written.md`: left out, as AstroPaper's content pattern leaves it out.
    assert.equal(pageHtml(dir, 'posts/a-post-put-aside'), undefined, 'no page for a file named with `_`');
    const docsTag = pageHtml(dir, 'tags/docs') ?? '';
    assertHas(docsTag, /Adding New Posts in the AstroPaper Style/, 'the tag page of the file named with `_`');
    assert.doesNotMatch(docsTag, /A Post Put Aside/, 'a file named with `_` is in no list');
    // AstroPaper's scheduled post (its pubDatetime still to come): no page, in no list, feed or sitemap until a build after it.
    assert.ok(posts.some((file) => file.endsWith('scheduled-for-later.md')), 'the corpus has a scheduled post');
    assert.equal(pageHtml(dir, 'posts/a-post-scheduled-for-later'), undefined, 'no page for a scheduled post');
    assert.doesNotMatch(docsTag, /Scheduled for Later/, 'a scheduled post is in no list');
    for (const file of ['sitemap.xml', 'feed.xml']) {
      const text = fs.readFileSync(path.join(dir, '.next', 'server', 'app', `${file}.body`), 'utf8');
      assertHas(text, /adding-new-posts-in-astropaper-style/, `${file} names the published AstroPaper post`);
      assert.doesNotMatch(text, /scheduled-for-later/, `a scheduled post is not in ${file}`);
    }
    const sections = pageHtml(dir, 'posts/zola-sections') ?? '';
    assertHas(sections, /<img (?=[^>]*alt="A colocated diagram")(?=[^>]*src="\/_img\/diagram-)/, 'a Zola colocated image');
    assertHas(sections, /<a href="\/posts\/zola-front-matter">the front matter<\/a>/, 'a Zola @/ link to a file post');
    // Docusaurus: a dated folder, `<!-- truncate -->`, `:::tip[Title]` containers, an image beside the post.
    const docusaurus = pageHtml(dir, 'posts/welcome') ?? '';
    assertHas(docusaurus, /dateTime="2021-08-26T00:00:00.000Z"/, 'a Docusaurus post dated by its folder');
    assertHas(docusaurus, /<div class="markdown-alert markdown-alert-tip"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Interactive posts<\/p>\s*<p>Use the power of React/, ':::tip[Title]');
    assertHas(docusaurus, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Info<\/p>/, ':::info');
    assertHas(docusaurus, /<img (?=[^>]*alt="Docusaurus Plushie")(?=[^>]*src="\/_img\/docusaurus-plushie-banner-)/, 'a Docusaurus image beside the post');
    assertHas(pageHtml(dir, 'tags/docusaurus'), /Lorem ipsum dolor sit amet\.\.\./, '<!-- truncate -->: the summary');
    assertHas(docusaurus, /<h2 id="adding-posts">Adding posts<a/, 'Docusaurus {#id}');
    // Docusaurus' own components, imported from its theme: the imports go; every tab is shown under its label,
    // a written-out <CodeBlock> is a highlighted, titled, numbered fence, an <Admonition> a callout.
    // A Next.js MDX post: `export const metadata = { … }` is its frontmatter, read without running it.
    const nextMdx = pageHtml(dir, 'posts/fields-as-code') ?? '';
    assertHas(nextMdx, /<time dateTime="2024-03-01T00:00:00\.000Z"/, 'export const metadata: its date');
    for (const tag of ['nextjs', 'mdx']) assertHas(nextMdx, new RegExp(`href="/tags/${tag}"`), `export const metadata: the tag ${tag}`);
    assertHas(nextMdx, /<meta name="description" content="A post of a Next\.js MDX blog, its fields exported as its pages export them\."/, 'export const metadata: its description');
    assert.doesNotMatch(visibleText(nextMdx), /export const|metadata =/, 'no export on the page');
    assert.equal(visibleText(nextMdx).split('Fields Written as Code').length - 1, 1, 'its # heading is the title, shown once');
    // Its `import Image from 'next/image'` and `import Link from 'next/link'`: the site's image, and an anchor following the site's link rules.
    assertHas(nextMdx, /<img (?=[^>]*alt="How the fields are read")(?=[^>]*src="\/_img\/fields-diagram-)/, 'next/image: the image, processed');
    assertHas(nextMdx, /<a href="\/posts\/adding-new-posts-in-astropaper-style">Next(?:'|&#x27;)s own link<\/a>/, 'next/link: an anchor to the post');
    // Hugo Blox (Wowchemy): a post as its folder, its cover the featured.png beside it (its `image:` gives only the
    // caption and alt text), its icon, video and figure shortcodes.
    const blox = pageHtml(dir, 'posts/writing-technical-content') ?? '';
    assertHas(blox, /<picture class="post-cover">[\s\S]*?<img (?=[^>]*alt="Fees per batch, as bars")(?=[^>]*src="\/_img\/featured-)/, 'Hugo Blox: featured.png is the cover, with image.alt_text');
    assertHas(blox, /Chart: fees per batch, from the <a href="\/posts\/rollup-economics">first post<\/a>/, 'Hugo Blox: image.caption under the cover');
    assertHas(blox, /<svg[^>]*aria-label="python"/, 'Hugo Blox: {{< icon name pack >}}, drawn');
    assertHas(blox, /<video (?=[^>]*src="[^"]+")(?=[^>]*controls)/, 'Hugo Blox: {{< video src >}}, the site’s player');
    assertHas(blox, /<img (?=[^>]*alt="The same chart, smaller")(?=[^>]*src="\/_img\/featured-)/, 'Hugo Blox: {{< figure width lightbox >}}');
    assert.doesNotMatch(visibleText(blox), /\{\{|callout note/, 'Hugo Blox: no shortcode on the page');
    // Nuxt Content's components (MDC), as its blog templates write them: the site's callouts, folds and labelled
    // tabs; a code group's blocks under their labels; its inline components; Nuxt UI's fields (badge, authors' `to` and `avatar`).
    const nuxt = pageHtml(dir, 'posts/building-with-nuxt-content') ?? '';
    assertHas(nuxt, /markdown-alert-tip[^>]*>\s*<p class="markdown-alert-title"[^>]*>Tip<\/p>\s*<p>Keep the <strong>dev server<\/strong> running/, 'Nuxt: ::tip');
    assertHas(nuxt, /markdown-alert-warning[^>]*>\s*<p class="markdown-alert-title"[^>]*>Warning<\/p>\s*<p>Before you start<\/p>\s*<p>Install the module first\.<\/p>/, 'Nuxt: ::callout{color="warning"}, its slots’ names left out');
    assertHas(nuxt, /<figcaption class="code-title">pnpm<\/figcaption>[\s\S]*<figcaption class="code-title">npm<\/figcaption>[\s\S]*<figcaption class="code-title">nuxt\.config\.ts<\/figcaption>/, 'Nuxt: ::code-group and ```ts [file]: titled blocks');
    assertHas(nuxt, /<details class="markdown-alert markdown-alert-note"[^>]*>\s*<summary class="markdown-alert-title"[^>]*>The whole config<\/summary>/, 'Nuxt: ::collapsible folds');
    assertHas(visibleText(nuxt), /Markdown Write \*\*bold\*\* for bold text\. Result The text, bold\./, 'Nuxt: ::tabs, each tab under its label');
    assertHas(nuxt, /<kbd>Ctrl<\/kbd> and <kbd>K<\/kbd>/, 'Nuxt: :kbd');
    assertHas(nuxt, /<svg[^>]*aria-label="github"/, 'Nuxt: :icon{name="i-simple-icons-github"}, drawn');
    assertHas(nuxt, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"/, 'Nuxt: ::youtube, a link');
    assertHas(visibleText(nuxt), /This is New to most readers of Building a blog with Nuxt Content\./, 'Nuxt: :badge[New] and {{ $doc.title }}');
    assert.doesNotMatch(visibleText(nuxt), /::|:badge|:kbd|:icon|#title|#default|\{\.|\{\{/, 'Nuxt: no MDC syntax on the page');
    assertHas(nuxt, /href="\/tags\/tutorial"/, 'Nuxt: badge: { label } is a tag');
    assertHas(nuxt, /<a href="https:\/\/x\.com\/benames" rel="author"/, 'Nuxt: an author’s `to`');
    assertHas(nuxt, /<picture data-avatar="true"><source type="image\/webp" srcSet="\/_img\//i, 'Nuxt: an author’s avatar: { src }, the site’s copy');
    assertHas(nuxt, /<picture class="post-cover">[\s\S]*?alt="Fees per batch, the chart this blog started with"/, 'Nuxt: image: { src, alt } is the cover');
    // VitePress: `::: code-group`, ```ts:line-numbers [file], its line notations, `{{ $frontmatter.title }}` in the heading.
    const vitepress = pageHtml(dir, 'posts/code-groups') ?? '';
    assertHas(vitepress, /<figcaption class="code-title">npm<\/figcaption>[\s\S]*<figcaption class="code-title">pnpm<\/figcaption>/, 'VitePress: ::: code-group, titled blocks');
    assertHas(vitepress, /<figcaption class="code-title">\.vitepress\/config\.mts<\/figcaption><div class="code-block"><pre (?=[^>]*class="[^"]*line-numbers)/, 'VitePress: ```ts:line-numbers [file]');
    for (const line of ['line highlighted', 'line diff remove', 'line diff add']) assertHas(vitepress, new RegExp(`<span class="${line}">`), `VitePress: // [!code …], ${line}`);
    assertHas(vitepress, /markdown-alert-tip[^>]*>\s*<p class="markdown-alert-title"[^>]*>Keep it<\/p>/, 'VitePress: ::: tip Title');
    assert.equal(visibleText(vitepress).split('Code groups in VitePress').length - 1, 1, 'VitePress: its # {{ $frontmatter.title }} heading is the title, shown once');
    assert.doesNotMatch(visibleText(vitepress), /code-group|:::|\[!code|line-numbers|Badge/, 'VitePress: no marker on the page');
    assertHas(visibleText(vitepress), /the package manager you use v1\.0:/, 'VitePress: <Badge text>, its text');
    assertHas(visibleText(vitepress), /written here, \{\{ page\.title \}\} stays as written\./, 'VitePress: ::: v-pre, its text as written');
    // Its code import, `<<< @/snippets/config.js#options{2} [.vitepress/config.js]`: the region of the file, titled, line 2 marked.
    assertHas(vitepress, /<figcaption class="code-title">\.vitepress\/config\.js<\/figcaption>[\s\S]*?<span class="line">[\s\S]*?export[\s\S]*?<span class="line highlighted">[\s\S]*?base/, 'VitePress: <<< a file’s region, titled, a line marked');
    assert.doesNotMatch(visibleText(vitepress), /<<<|#region|#endregion|imported into a post/, 'VitePress: the import line and the region’s comments are not on the page');
    // VuePress' Hope theme: its tabs (`::: tabs#id`, `@tab`), `H~2~O` and `19^th^`.
    const hope = pageHtml(dir, 'posts/theme-hope') ?? '';
    assertHas(hope, /Water is H<sub>2<\/sub>O, and this is the 19<sup>th<\/sup> post/, 'Hope: a subscript and a superscript');
    assertHas(visibleText(hope), /Ice Below 0 °C\. Liquid Between 0 °C and 100 °C\./, 'Hope: ::: tabs, each tab under its label');
    assertHas(visibleText(hope), /pnpm pnpm add -D vuepress-theme-hope npm npm i -D vuepress-theme-hope/, 'Hope: ::: code-tabs');
    assert.doesNotMatch(visibleText(hope), /@tab|:::|~|\^|#npm/, 'Hope: no marker on the page');
    const tabs = pageHtml(dir, 'posts/tabs-and-code') ?? '';
    assertHas(tabs.replace(/<[^>]+>/g, ''), /\bnpm\s*npm install @docusaurus\/core\s*Yarn\s*yarn add @docusaurus\/core\s*Apple\s*This is an apple\.\s*Orange\s*This is an orange\./, '<Tabs> and <TabItem>: each tab under its label');
    assertHas(tabs, /<figure class="code-figure"><figcaption class="code-title">\/src\/components\/HelloCodeTitle\.js<\/figcaption><div class="code-block"><pre (?=[^>]*class="[^"]*line-numbers)(?=[^>]*data-language="jsx")/, '<CodeBlock>: a titled, numbered jsx fence');
    assertHas(tabs, /<div class="markdown-alert markdown-alert-caution"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Take care<\/p>\s*<p>Back up the site before you upgrade\.<\/p>/, '<Admonition type="danger">: a caution callout');
    assert.doesNotMatch(visibleText(tabs), /import|@theme|UpgradeNotice/, 'no import on the page');
    // Its partial (`import UpgradeNotice from './partials/_upgrade-notice.mdx'`, then `<UpgradeNotice />`): the file's
    // text where the post names it, its callout, link and image read from its own folder; no page of its own.
    assertHas(tabs, /<div class="markdown-alert markdown-alert-warning"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Before you upgrade<\/p>\s*<p>Read the <a href="\/posts\/welcome">welcome post<\/a> first\.<\/p>/, 'a partial: its callout and its link to a post');
    assertHas(tabs, /<img (?=[^>]*alt="The Docusaurus plushie")(?=[^>]*src="\/_img\/docusaurus-plushie-banner-)/, 'a partial: its image beside it, the site’s copy');
    assertHas(tabs, /<h3 id="what-changes">What changes<a[\s\S]*?markdown-alert-caution/, 'a partial: its heading, before the post’s next block');
    assert.equal(pageHtml(dir, 'posts/upgrade-notice'), undefined, 'no page for a partial');
    // Nextra's: `import { Callout, Tabs } from 'nextra/components'` goes; its error callout and its tabs, labelled by `items`.
    const nextra = pageHtml(dir, 'posts/callouts-and-tabs') ?? '';
    assertHas(nextra, /<div class="markdown-alert markdown-alert-caution"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Caution<\/p>\s*<p>Never run this on the main branch\.<\/p>/, 'Nextra’s <Callout type="error">');
    assertHas(nextra.replace(/<[^>]+>/g, ''), /\bpnpm\s*Run pnpm add nextra\.\s*npm\s*Run npm install nextra\./, 'Nextra’s <Tabs items> and <Tabs.Tab>');

    // Its template's .mdx post: `:::tip` and `:::details[Title]` are callouts, `{#id}` the heading's id, `{/* truncate */}` ends the summary.
    const mdx = pageHtml(dir, 'posts/mdx-blog-post') ?? '';
    assertHas(mdx, /<div class="markdown-alert markdown-alert-tip"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Tip<\/p>\s*<p>Use the power of React/, 'an .mdx :::tip');
    assertHas(mdx, /<details class="markdown-alert markdown-alert-note"[^>]*>\s*<summary class="markdown-alert-title"[^>]*>How it renders<\/summary>/, 'an .mdx :::details[Title]');
    assertHas(mdx, /<h2 id="jsx">Writing JSX<a/, 'an .mdx {#id}');
    assert.doesNotMatch(visibleText(mdx), /:::|\{#|truncate/, 'no container marker, id or divider on the page');
    assertHas(visibleText(pageHtml(dir, 'tags/docusaurus') ?? ''), /such as MDX\.(?! Use the power)/, '{/* truncate */}: the summary, without the callout');
    // A post written for MDX 1, as Docusaurus 3 reads it: HTML comments left out (`<!--truncate-->` ends the summary), `:::note Title`.
    const mdx1 = pageHtml(dir, 'posts/mdx-1-post') ?? '';
    assertHas(mdx1, /<div class="markdown-alert markdown-alert-note"[^>]*>\s*<p class="markdown-alert-title"[^>]*>Written the older way<\/p>\s*<p>The title follows/, 'an .mdx `:::note Title`');
    assertHas(visibleText(mdx1), /Text with a remark\s+in the middle\./, 'an inline HTML comment in .mdx, left out');
    assert.doesNotMatch(visibleText(mdx1), /set aside|not for readers|truncate|:::/, 'no comment or marker on the page');
    assertHas(visibleText(pageHtml(dir, 'tags/docusaurus') ?? ''), /after a space\.(?! The title follows)/, '<!--truncate--> in .mdx: the summary');
    // Its authors.yml and tags.yml, beside the posts: names, links and labels for the ids the posts name.
    assertHas(visibleText(docusaurus), /By Sébastien Lorber and Yangshun Tay/, 'authors.yml: names');
    assertHas(docusaurus, /<a href="https:\/\/sebastienlorber\.com" rel="author"/, 'authors.yml: links');
    assert.equal([...docusaurus.matchAll(/<picture data-avatar="true"><source type="image\/webp" srcSet="\/_img\/[^"]+"/gi)].length, 2, 'authors.yml: each author’s picture, the site’s copy');
    assert.doesNotMatch(docusaurus, /127\.0\.0\.1/, 'the page loads no avatar from the image host');
    assertHas(docusaurus, /<a class="tag-chip" href="\/tags\/facebook">Facebook<\/a>/, 'tags.yml: labels');
    // MkDocs' blog: no `title:` (the opening # heading), `date: { created, updated }`, `pin`, admonitions.
    const mkdocs = pageHtml(dir, 'posts/hello-world') ?? '';
    assertHas(mkdocs, /<h1[^>]*>Hello world from MkDocs!<\/h1>/, 'the opening # heading is the title');
    assert.equal(visibleText(mkdocs).split('Hello world from MkDocs!').length - 1, 1, 'the MkDocs title shown once');
    assertHas(mkdocs, /<time dateTime="2023-12-31T00:00:00.000Z"/, 'date.created');
    assertHas(visibleText(mkdocs), /By Martin Donath/, 'MkDocs .authors.yml');
    assertHas(mkdocs, /<picture data-avatar="true"><source type="image\/webp" srcSet="\/_img\/[^"]+"/i, 'MkDocs .authors.yml: its avatar, the site’s copy');
    assertHas(mkdocs, /"dateModified":"2024-01-02T00:00:00.000Z"/, 'date.updated');
    assertHas(mkdocs, /markdown-alert-title[^>]*>Written with Material for MkDocs<\/p>\s*<p>The blog plugin reads this admonition[\s\S]*?data-language="python"/, '!!! note "Title" with an indented body');
    assertHas(mkdocs, /<details class="markdown-alert markdown-alert-note"(?![^>]* open)[^>]*>\s*<summary class="markdown-alert-title"[^>]*>Does it fold\?<\/summary>\s*<p>It folds: closed until a reader opens it\.<\/p>/, '??? question: folded');
    assertHas(pageHtml(dir, 'index'), /data-featured[\s\S]*Hello world from MkDocs![\s\S]*<\/section>/, 'pin: true');
    // Content tabs, one after another under their labels; a definition list; an abbreviation.
    assertHas(mkdocs, /<p><strong>pip<\/strong><\/p>\s*<div class="code-block"><pre[^>]*data-language="sh"[\s\S]*?<p><strong>docker<\/strong><\/p>\s*<p>Pull the image, then run it\.<\/p>/, '=== "tab" content tabs');
    assertHas(mkdocs, /<dl><dt>Admonition<\/dt><dd><p>A box around a note, drawn by the theme\.<\/p><\/dd><\/dl>/, 'a definition list');
    assertHas(mkdocs, /<abbr title="A static site generator for documentation">MkDocs<\/abbr> builds it\./, '*[abbr]: an abbreviation');
    assert.doesNotMatch(visibleText(mkdocs), /===|\*\[MkDocs\]/, 'no tab marker or abbreviation line on the page');
    // attr_list's attributes after an image and a link (a button of Material's): the image and the link, no braces.
    assertHas(mkdocs, /<img (?=[^>]*alt="The harbour, at a third of the column")(?=[^>]*src="\/_img\/mm-teaser-)[^>]*>/, 'an image with attr_list attributes');
    assertHas(mkdocs, /<a href="https:\/\/example\.com\/newsletter"[^>]*>Subscribe to the newsletter<\/a><\/p>/, 'a link with attr_list attributes');
    assert.doesNotMatch(visibleText(mkdocs), /\{ ?(?:width|\.md-button)/, 'no attribute list on the page');
    // Eleventy's starter: its image shortcode, a `diff-js` fence, its folder data file (noted, not a post).
    const eleventy = pageHtml(dir, 'posts/fourthpost') ?? '';
    assertHas(eleventy, /<img (?=[^>]*alt="A possum parent and two possum kids hanging from the iconic red balloon")(?=[^>]*src="\/_img\/possum-)/, '{% image %}');
    assertHas(eleventy, /<img (?=[^>]*alt="The same possum, as HTML")(?=[^>]*src="\/_img\/possum-)/, '<img eleventy:ignore>');
    assertHas(pageHtml(dir, 'posts/firstpost'), /<pre[^>]*data-language="diff-js"/, 'a diff-js fence');
    // The older starter's `tags: [post, number 2]`: `post` is Eleventy's collection, no topic; `number 2` is one.
    assertHas(pageHtml(dir, 'tags/number-2'), /This is my second post\./, 'an Eleventy post under its own tag');
    assert.equal(pageHtml(dir, 'tags/post'), undefined, 'no tag page for Eleventy’s collection');
    assert.doesNotMatch(pageHtml(dir, 'posts/secondpost') ?? '', /href="\/tags\/post"/, 'the post names no collection tag');
    assertHas(pageHtml(dir, 'posts/firstpost'), /overviews\. This is a post on My Blog about agile frameworks\.<\/p>/, 'Eleventy’s {{ description }}: the post’s field');
    // Gatsby's starter: a quoted ISO date, an image beside the post.
    const gatsby = pageHtml(dir, 'posts/my-second-post') ?? '';
    assertHas(gatsby, /dateTime="2015-05-06T23:46:37.121Z"/, 'a Gatsby date');
    assertHas(gatsby, /<img (?=[^>]*alt="Chinese Salty Egg")(?=[^>]*src="\/_img\/salty-egg-)/, 'a Gatsby image');
    // Obsidian: file names with spaces, wiki-links and embeds, titled callouts.
    const obsidian = pageHtml(dir, 'posts/writing-in-obsidian') ?? '';
    assertHas(obsidian, /<a href="\/posts\/linked-from-obsidian">the linked note<\/a>/, '[[Note|text]]');
    assertHas(obsidian, /<img (?=[^>]*alt="A graph of linked notes")(?=[^>]*src="\/_img\/obsidian-graph-)/, '![[image|alt]]');
    assertHas(obsidian, /markdown-alert-note[^>]*>\s*<p class="markdown-alert-title"[^>]*>Notes that link<\/p>/, '> [!example] Title');
    assertHas(pageHtml(dir, 'posts/linked-from-obsidian'), /<a href="\/posts\/writing-in-obsidian">Writing in Obsidian<\/a>/, '[[Note]]');
    assertHas(obsidian, /A <mark>highlighted phrase<\/mark> stays marked\./, '==highlight==');
    // Its vault's settings (.obsidian/app.json, copied with the notes) leave "Strict line breaks" off, Obsidian's default.
    assertHas(obsidian, /<p>A note keeps its lines, as Obsidian shows them:<br>\none thought per line,<br>\nno blank line between\.<\/p>/, 'a vault’s note keeps its line breaks');
    assert.doesNotMatch(visibleText(obsidian), /Ask Sam|Drafting notes|%%/, 'Obsidian comments are not published');
    assertHas(obsidian, /<span class="katex-display"><span class="katex"><span class="katex-mathml"><math[^>]*display="block">(?:(?!<\/math>)[\s\S])*?<annotation encoding="application\/x-tex">\\begin\{vmatrix\}a &#x26; b\\\\ c &#x26; d \\end\{vmatrix\}=ad-bc<\/annotation>/, '$$ on the lines of a formula: one displayed formula');
    assertHas(obsidian, /<p>And after the formula, the note goes on\.<\/p>/, 'the text after the formula');
    // DEV's Liquid tags and Hashnode's embed: links to the pages, a folded callout, math.
    const dev = pageHtml(dir, 'posts/moving-my-dev-posts') ?? '';
    assertHas(dev, /<a href="https:\/\/github\.com\/vercel\/next\.js"[^>]*>https:\/\/github\.com\/vercel\/next\.js<\/a>/, '{% github %}: a link to the repository');
    assertHas(dev, /<a href="https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ"[^>]*>Watch the video on YouTube<\/a>/, '{% embed %} of a video: a link');
    assertHas(dev, /<details class="markdown-alert markdown-alert-note"[^>]*>\s*<summary class="markdown-alert-title"[^>]*>Why a link and not a card<\/summary>\s*<p>The site loads nothing from another site, so a reader(?:'|&#x27;|’)s browser <em>asks no one else<\/em>/, '{% details %}: folded');
    assert.equal(dev.match(/class="katex-display"/g)?.length, 1, '{% katex %}: a displayed formula');
    assertHas(dev, /The distance between two points, <span class="katex">/, '{% katex inline %}: inline math');
    assertHas(dev, /<a href="https:\/\/vimeo\.com\/76979871"[^>]*>Watch the video on Vimeo<\/a>/, 'Hashnode’s %[URL]: a link');
    assertHas(dev, /<a href="https:\/\/dev\.to\/ann"[^>]*>Follow me on DEV<\/a>/, '{% cta %}: a link');
    assertHas(dev, /<img (?=[^>]*alt="A harbour at dusk")(?=[^>]*src="\/_img\/mm-teaser-)/, 'Hashnode’s image with align="center": the image');
    assert.doesNotMatch(visibleText(dev), /\{%|%\}|%\[|align=/, 'no DEV or Hashnode tag on the page');
    // WordPress, as wordpress-export-to-markdown writes it: a folder per post with its images/ (or one images/
    // folder for all), `coverImage` by file name, captions, figures, embeds.
    const lake = pageHtml(dir, 'posts/a-trip-to-the-lake') ?? '';
    assertHas(lake, /class="post-cover"[\s\S]*?src="\/_img\/lake-/, 'coverImage: a file in images/');
    assertHas(lake, /<figure class="image-figure"><picture>(?:(?!<\/figure>)[\s\S])*?<img (?=[^>]*alt="Mist on the water at dawn")(?=[^>]*src="\/_img\/lake-dawn-)[^>]*><\/picture><figcaption>The lake at dawn, before the wind<\/figcaption>/, '\\[caption\\] around a Markdown image');
    assertHas(lake, /<figure class="image-figure"><picture>(?:(?!<\/figure>)[\s\S])*?<img (?=[^>]*alt="The lake at noon")[^>]*><\/picture><figcaption>Noon, from the jetty<\/figcaption>/, '[caption] around a linked <img>');
    assertHas(lake, /<figure>\s*<p><picture>(?:(?!<\/figure>)[\s\S])*?<img (?=[^>]*alt="The lake from the hill")[^>]*><\/picture><\/p>\s*<figcaption>\s*<p>The same lake from the hill/, 'a block editor figure');
    assertHas(lake, /<a href="https:\/\/www\.youtube\.com\/watch\?v=aqz-KE-bpKQ"[^>]*>Watch the video on YouTube<\/a>/, '[embed] as a link');
    assertHas(lake, /<p><a href="https:\/\/www\.youtube\.com\/watch\?v=M7lc1UVf-VE">Watch the video on YouTube<\/a><\/p>/, "a YouTube <iframe> as a link to its page");
    assert.doesNotMatch(visibleText(lake), /\[\/?(?:caption|embed)/, 'no shortcode text on the page');
    assertHas(pageHtml(dir, 'tags/travel'), /We drove up before sunrise\. The road was empty and the lake was perfectly still when we arrived\./, 'the summary before <!--more-->');
    const harbour = pageHtml(dir, 'posts/harbour-notes') ?? '';
    assertHas(harbour, /class="post-cover"[\s\S]*?src="\/_img\/harbour-/, 'coverImage in the shared images/ folder');
    assertHas(harbour, /<a href="https:\/\/www\.youtube\.com\/watch\?v=aqz-KE-bpKQ"/, '[youtube=…] as a link');
    // Pelican: `Key: value` metadata lines, {static} and {filename} paths, CodeHilite's `:::python`, a draft by status.
    const pelican = pageHtml(dir, 'posts/my-super-post') ?? '';
    assertHas(pelican, /<h1[^>]*>Publishing with Pelican<\/h1>/, 'Title: from the metadata lines');
    assert.doesNotMatch(visibleText(pelican), /Title:|Slug:|Authors:/, 'no metadata lines on the page');
    assertHas(pelican, /<time dateTime="2010-12-03T10:20:00.000Z"/, 'Date: 2010-12-03 10:20');
    assertHas(pelican, /"dateModified":"2010-12-05T19:30:00.000Z"/, 'Modified:');
    assertHas(visibleText(pelican), /By Alexis Metaireau and Conan Doyle/, 'Authors: split at commas');
    for (const tag of ['python', 'pelican', 'publishing']) assertHas(pelican, new RegExp(`href="/tags/${tag}"`), `Category and Tags: /tags/${tag}`);
    assertHas(pelican, /<img (?=[^>]*alt="A chart of posts per year")(?=[^>]*src="\/_img\/pelican-chart-)/, '{static}/images/…');
    assertHas(pelican, /<a href="\/posts\/second-pelican-post">the second post<\/a> and its <a href="\/posts\/second-pelican-post#setup">setup section<\/a>/, '{filename}/… and {filename}…');
    assertHas(pelican, /<a href="\/tags\/pelican">under its tag<\/a>/, '{tag}pelican');
    assertHas(pelican, /<pre[^>]*data-language="python"[^>]*><code><span class="line"><span[^>]*>def<\/span><span[^>]*> hello/, ':::python: a Python block without its marker line');
    assertHas(pelican, /<pre(?=[^>]*class="[^"]*line-numbers)(?=[^>]*data-language="python")[^>]*><code[^>]*><span class="line"><span[^>]*>print</, '#!python: numbered');
    assertHas(pageHtml(dir, 'tags/pelican'), /Short version for index and feeds/, 'Summary:');
    assertHas(pageHtml(dir, 'tags/static-sites'), /The first paragraph is the summary Pelican(?:'|&#x27;|’)s summary plugin shows\. So is this line of the same paragraph\. Its second paragraph too\./, '<!-- PELICAN_END_SUMMARY -->');
    const feed = fs.readFileSync(path.join(dir, '.next', 'server', 'app', 'feed.xml.body'), 'utf8');
    assertHas(feed, /<dc:creator>Sat Naing<\/dc:creator>/, 'authors in RSS');
    // Minimal Mistakes' `hidden: true`: a page for whoever has the link, named by no list, feed, sitemap or search.
    const friends = pageHtml(dir, 'posts/notes-for-friends');
    assertHas(friends, /<meta name="robots" content="noindex, follow"/, 'an unlisted post: not indexed');
    assert.ok(friends !== undefined && !friends.includes('data-pagefind-body'), 'an unlisted post: left out of the search index');
    const sitemap = fs.readFileSync(path.join(dir, '.next', 'server', 'app', 'sitemap.xml.body'), 'utf8');
    for (const [what, page] of [['the sitemap', sitemap], ['its tag page', pageHtml(dir, 'tags/jekyll') ?? '']] as const) {
      assert.ok(page.includes('/posts/welcome-to-jekyll'), `${what} lists the listed post of the same folder and tag`);
      assert.ok(!page.includes('notes-for-friends'), `an unlisted post is not in ${what}`);
    }
  });
});

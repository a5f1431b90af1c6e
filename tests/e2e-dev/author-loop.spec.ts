import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEV_SITE_DIR } from '../../playwright.dev.config';

/**
 * `npm run dev` as an author uses it (playwright.dev.config.ts runs it in a copy of the site):
 * what they write shows in the open page without a reload, and what is wrong shows there too.
 */
test.describe.configure({ mode: 'serial' });

const postsDir = path.join(DEV_SITE_DIR, 'content', 'posts');
const SEED = 'layer-2-solutions-scaling-the-blockchain';
const seedFile = path.join(postsDir, `${SEED}.md`);
// The "within 10 s" of the issue, for a change to reach the open page.
const SHOWS_WITHIN = 10_000;

// Every test leaves the posts as it found them, also when it fails: the seed post's text is put back
// and the posts it created are removed.
const seedText = fs.readFileSync(seedFile, 'utf8');
const created: string[] = [];
// It then waits until the dev runner has rebuilt after the restore: an update arriving while the next
// test's page is still loading makes Next reload that page.
const statusFile = path.join(DEV_SITE_DIR, '.contentlayer', 'dev', 'status.json');
const statusVersion = () => (JSON.parse(fs.readFileSync(statusFile, 'utf8')) as { version: number }).version;
test.afterEach(async () => {
  const before = statusVersion();
  let restored = false;
  for (const file of created.splice(0)) {
    fs.rmSync(file, { force: true, recursive: true });
    restored = true;
  }
  if (fs.readFileSync(seedFile, 'utf8') !== seedText) {
    fs.writeFileSync(seedFile, seedText);
    restored = true;
  }
  if (!restored) return;
  await expect.poll(statusVersion, { timeout: 60_000 }).toBeGreaterThan(before);
  // Settled: no further rebuild (a queued one) within a few seconds.
  let last = statusVersion();
  await expect
    .poll(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 3_000));
        const now = statusVersion();
        const settled = now === last;
        last = now;
        return settled;
      },
      { timeout: 60_000, intervals: [0] },
    )
    .toBe(true);
});

/** Marks the document; a reload (or a full navigation) loses the mark. */
async function markDocument(page: Page) {
  await page.evaluate(() => Object.assign(window, { __notReloaded: true }));
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
}

/** Opens a page and waits until Next's dev client is connected, so it hears about changes. */
async function open(page: Page, url: string) {
  const response = await page.goto(url);
  await page.waitForLoadState('load');
  return response;
}

test('a healthy page logs no console error (the dev CSP lets Next run)', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await open(page, `/posts/${SEED}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("'unsafe-eval'");
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Give late errors (hydration, the dev overlay's own checks) a moment to arrive.
  await page.waitForTimeout(3_000);
  expect(errors).toEqual([]);
  await expect(page.locator('[data-content-errors]')).toHaveCount(0);
});

test('a new post answers 200 the first time it is opened', async ({ page }) => {
  const slug = `fresh-post-${Date.now()}`;
  await open(page, '/');
  await markDocument(page);
  const file = path.join(postsDir, `${slug}.md`);
  created.push(file);
  fs.writeFileSync(
    file,
    '---\ntitle: "A fresh post"\ndate: 2030-01-01\ntags: testing\n---\n\nWritten while dev runs.\n',
  );
  // The home page (already open) lists it by itself; its link is the first request for the post.
  const link = page.getByRole('link', { name: 'A fresh post' }).first();
  await expect(link).toBeVisible({ timeout: 60_000 });
  await expectNotReloaded(page);
  const [response] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname.startsWith(`/posts/${slug}`)), link.click()]);
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'A fresh post' })).toBeVisible();
  const direct = await page.request.get(`/posts/${slug}`);
  expect(direct.status()).toBe(200);
});

test('a Jekyll .markdown post, a file it links beside it and a Jekyll draft are served as soon as they are saved', async ({ page, request }) => {
  const stamp = Date.now();
  const data = path.join(postsDir, `figures-${stamp}.csv`);
  const post = path.join(postsDir, `2030-01-02-jekyll-style-${stamp}.markdown`);
  created.push(data, post);
  fs.writeFileSync(data, 'batch,fee\n10,210\n');
  // Minimal Mistakes' header image and its credit, the kramdown notice and the emoji of the same theme's posts.
  fs.writeFileSync(
    post,
    `---\nlayout: post\ntitle: "From Jekyll"\nheader:\n  overlay_image: /images/fees-per-batch.png\n  image_description: "Fees per batch, as the header"\n  caption: "Chart: [**the fee study**](https://example.com/study)"\n---\n\nThe [figures](./figures-${stamp}.csv) behind it :bar_chart:.\n\n<div class="notice--warning" markdown="1">\n**Mind** the *fees*.\n</div>\n`,
  );
  // The date comes from the file name, the slug from the rest of it.
  await expect.poll(async () => (await request.get(`/posts/jekyll-style-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/jekyll-style-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'From Jekyll' })).toBeVisible();
  // Dated 2030: scheduled, which the preview shows and marks (a build leaves it out until then).
  await expect(page.locator('article .post-meta').first()).toContainText('Scheduled');
  const href = (await page.getByRole('link', { name: 'figures' }).getAttribute('href')) ?? '';
  expect(href).toMatch(new RegExp(`^/_img/figures-${stamp}-[\\da-f]{12}\\.csv$`));
  const file = await request.get(href);
  expect(file.status()).toBe(200);
  expect(await file.text()).toBe('batch,fee\n10,210\n');
  const cover = page.locator('figure:has(picture.post-cover)');
  const headerImage = cover.getByRole('img', { name: 'Fees per batch, as the header' });
  await expect.poll(() => headerImage.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(cover.locator('figcaption').getByRole('link', { name: 'the fee study' })).toHaveAttribute('href', 'https://example.com/study');
  await expect(cover.locator('figcaption')).toHaveText('Chart: the fee study');
  await expect(page.locator('#post-body')).toContainText('behind it 📊.');
  const notice = page.locator('#post-body').getByRole('note');
  await expect(notice.locator('.markdown-alert-title')).toHaveText('Warning');
  await expect(notice.locator('strong')).toHaveText('Mind');
  await expect(page.locator('#post-body')).not.toContainText(/\*\*|markdown=|:bar_chart:/);
  // A Jekyll draft (`_drafts/`, no date): shown in dev, dated by its last change.
  const draft = path.join(postsDir, '_drafts', `still-writing-${stamp}.markdown`);
  fs.mkdirSync(path.dirname(draft), { recursive: true });
  created.push(draft);
  fs.writeFileSync(draft, '---\ntitle: "Still Writing"\n---\n\nNot done yet.\n');
  await expect.poll(async () => (await request.get(`/posts/still-writing-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/still-writing-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Still Writing' })).toBeVisible();
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', new RegExp(`^${new Date().toISOString().slice(0, 10)}`));
});

test('a WordPress post as jekyll-import writes it (`.html`, WordPress’ fields) is served as soon as it is saved, its HTML as HTML', async ({ page, request }) => {
  const stamp = Date.now();
  const post = path.join(postsDir, `2030-01-03-from-wordpress-${stamp}.html`);
  created.push(post);
  const front = `---\nlayout: post\ntitle: From WordPress\ndate: 2030-01-03 10:00:00.000000000 +00:00\ntype: post\nparent_id: '0'\npublished: true\npassword: ''\nstatus: publish\ncategories:\n- Notes\nmeta:\n  _edit_last: '1'\nauthor:\n  login: mhorvat\n  email: mhorvat@example.com\n  display_name: Mila Horvat\n---\n`;
  fs.writeFileSync(post, `${front}<p>Fees fell by *half* this year.</p>\n\n    <p>Indented, as WordPress leaves it.</p>\n<h2>How it was measured</h2>\n<pre>batch  fee\n\n10     210</pre>\n`);
  await expect.poll(async () => (await request.get(`/posts/from-wordpress-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/from-wordpress-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'From WordPress' })).toBeVisible();
  await expect(page.getByText('By Mila Horvat')).toBeVisible();
  const body = page.locator('#post-body');
  // HTML, not Markdown: the asterisks are text, the indented paragraph is a paragraph, the <pre> keeps its blank line.
  await expect(body.locator('p').first()).toHaveText('Fees fell by *half* this year.');
  await expect(body.locator('p', { hasText: 'Indented, as WordPress leaves it.' })).toBeVisible();
  await expect(body.locator('code')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: 'How it was measured' })).toBeVisible();
  expect(await body.locator('pre').innerText()).toBe('batch  fee\n\n10     210');
  await expect(page.locator('body')).not.toContainText('mhorvat@example.com');
  // An edit shows, as for any post.
  await markDocument(page);
  fs.appendFileSync(post, '<p>Updated after the audit.</p>\n');
  await expect(body.getByText('Updated after the audit.')).toBeVisible({ timeout: SHOWS_WITHIN });
  await expectNotReloaded(page);
  // An unlisted post (Minimal Mistakes' `hidden: true`): its page, marked for the author, and no list names it.
  const hidden = path.join(postsDir, `2030-01-04-for-friends-${stamp}.md`);
  created.push(hidden);
  fs.writeFileSync(hidden, '---\ntitle: For Friends Only\nhidden: true\n---\n\nShared by link.\n');
  await expect.poll(async () => (await request.get(`/posts/for-friends-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/for-friends-${stamp}`);
  await expect(page.locator('article .post-meta')).toContainText('Unlisted');
  await open(page, '/');
  await expect(page.getByRole('link', { name: 'From WordPress' })).toBeVisible();
  await expect(page.getByText('For Friends Only')).toHaveCount(0);
});

test('a Hexo post with its asset folder and a Zola post that links it are served as soon as they are saved', async ({ page, request }) => {
  const stamp = Date.now();
  const assets = path.join(postsDir, `hexo-style-${stamp}`);
  const hexo = path.join(postsDir, `hexo-style-${stamp}.md`);
  const zola = path.join(postsDir, `zola-style-${stamp}.md`);
  created.push(hexo, zola, assets);
  fs.mkdirSync(assets);
  fs.copyFileSync(path.join(DEV_SITE_DIR, 'public', 'images', 'fees-per-batch.png'), path.join(assets, 'shot.png'));
  fs.writeFileSync(zola, `+++\ntitle = "From Zola"\ndate = 2030-01-04\n\n[taxonomies]\ntags = ["Zola"]\n+++\n\nBack to [the Hexo post](@/hexo-style-${stamp}.md).\n`);
  fs.writeFileSync(hexo, `---\ntitle: From Hexo\ndate: 2030/1/3 10:00:00\ncategories:\n  - [Tools, Blogging]\n---\n\n{% asset_img shot.png "A shot from the asset folder" %}\n\nNext: {% post_link zola-style-${stamp} %}.\n`);
  await expect.poll(async () => (await request.get(`/posts/hexo-style-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/hexo-style-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'From Hexo' })).toBeVisible();
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2030-01-03T10:00:00.000Z');
  await expect(page.getByRole('link', { name: 'Blogging', exact: true })).toBeVisible();
  const shot = page.getByRole('img', { name: 'A shot from the asset folder' });
  await expect(shot).toBeVisible();
  await expect.poll(() => shot.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  // `{% post_link %}` without a title shows the post's own.
  await page.getByRole('link', { name: 'From Zola', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'From Zola' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zola', exact: true })).toHaveAttribute('href', '/tags/zola');
  await page.getByRole('link', { name: 'the Hexo post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'From Hexo' })).toBeVisible();
});

test('a Docusaurus folder with its authors.yml and an MkDocs post titled by its heading are served as soon as they are saved', async ({ page, request }) => {
  const stamp = Date.now();
  const blog = path.join(postsDir, `docusaurus-${stamp}`);
  created.push(blog);
  fs.mkdirSync(path.join(blog, `2030-01-05-from-docusaurus-${stamp}`), { recursive: true });
  // Its author's picture beside the authors file (a picture on another site is downloaded, as a post's images are).
  fs.copyFileSync(path.join(DEV_SITE_DIR, 'public', 'images', 'fees-per-batch.png'), path.join(blog, 'slorber.png'));
  fs.writeFileSync(path.join(blog, 'authors.yml'), 'slorber:\n  name: Sébastien Lorber\n  url: https://sebastienlorber.com\n  image_url: ./slorber.png\n');
  fs.writeFileSync(path.join(blog, `2030-01-05-from-docusaurus-${stamp}`, 'index.md'), '---\ntitle: From Docusaurus\nauthors: [slorber]\n---\n\nIts summary.\n\n<!-- truncate -->\n\n:::tip[Batch your transfers]\n\nOne batch, one fee.\n\n:::\n');
  fs.writeFileSync(
    path.join(blog, `2030-01-04-mdx-from-docusaurus-${stamp}.mdx`),
    `---\ntitle: MDX from Docusaurus\n---\n\n:::info[Good to know]\n\nRendered when the site is built.\n\n:::\n\n${'A paragraph that fills the screen.\n\n'.repeat(40)}## Far down the page {#old-anchor}\n\nThe end.\n`,
  );
  fs.writeFileSync(path.join(blog, `hello-mkdocs-${stamp}.md`), '---\ndate:\n  created: 2030-01-06\n---\n\n# Hello from MkDocs\n\n## Before the fold\n\n!!! warning "Mind the gap"\n\n    Indented, as MkDocs writes it.\n\n??? tip "Fees, folded"\n    Hidden until it is opened.\n\n    ## Inside the fold\n\n    Reached from the contents.\n\n=== "pip"\n\n    Install with pip.\n\n=== "docker"\n\n    Run the image.\n\nFees are ==never refunded==. %%Check with legal first.%%\n\nBatch\n:   Many transactions posted as one.\n\nThe L2 settles on L1.\n\n*[L2]: Layer 2, a chain that settles on another\n');
  await expect.poll(async () => (await request.get(`/posts/from-docusaurus-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/from-docusaurus-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'From Docusaurus' })).toBeVisible();
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2030-01-05T00:00:00.000Z');
  await expect(page.getByRole('link', { name: 'Sébastien Lorber' })).toHaveAttribute('href', 'https://sebastienlorber.com');
  const avatar = page.locator('article header [data-avatar] img');
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const tip = page.locator('#post-body').getByRole('note');
  await expect(tip.locator('.markdown-alert-title')).toHaveText('Batch your transfers');
  await expect(tip).toContainText('One batch, one fee.');
  await expect(page.locator('#post-body')).not.toContainText(':::');
  // Its template's .mdx post: a container is a callout, and an old link to a heading's own id lands on it.
  await expect.poll(async () => (await request.get(`/posts/mdx-from-docusaurus-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/mdx-from-docusaurus-${stamp}#old-anchor`);
  const info = page.locator('#post-body').getByRole('note');
  await expect(info.locator('.markdown-alert-title')).toHaveText('Good to know');
  await expect(info).toContainText('Rendered when the site is built.');
  const heading = page.getByRole('heading', { level: 2, name: 'Far down the page' });
  await expect(heading).toHaveAttribute('id', 'old-anchor');
  await expect(heading).toBeInViewport();
  await expect(page.locator('#post-body')).not.toContainText(/:::|\{#/);
  await expect.poll(async () => (await request.get(`/posts/hello-mkdocs-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/hello-mkdocs-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Hello from MkDocs' })).toBeVisible();
  await expect(page.getByText('Hello from MkDocs', { exact: true })).toHaveCount(1);
  const warning = page.locator('#post-body').getByRole('note');
  await expect(warning.locator('.markdown-alert-title')).toHaveText('Mind the gap');
  await expect(warning).toContainText('Indented, as MkDocs writes it.');
  // `???` folds: closed, drawn as a callout (its coloured rule, not a frame), opened by its title.
  const folded = page.locator('#post-body details.markdown-alert-tip');
  await expect(page.getByText('Hidden until it is opened.')).toBeHidden();
  expect(await folded.evaluate((element) => [getComputedStyle(element).borderLeftWidth, getComputedStyle(element).borderTopWidth])).toEqual(['4px', '0px']);
  // A heading inside it is in the contents; following that link opens the callout (the browser's own
  // fragment navigation, which reveals what a closed <details> hides).
  await page.locator('nav[aria-label="Table of contents"]:visible').getByRole('link', { name: 'Inside the fold' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Inside the fold' })).toBeInViewport();
  await expect(folded).toHaveAttribute('open', '');
  await folded.getByText('Fees, folded').click();
  await expect(page.getByText('Hidden until it is opened.')).toBeHidden();
  await folded.getByText('Fees, folded').click();
  await expect(page.getByText('Hidden until it is opened.')).toBeVisible();
  // Content tabs one after another under their labels, a highlight, a definition list and an abbreviation,
  // as a reader sees them; the comment is not on the page.
  const body = page.locator('#post-body');
  await expect(body.locator('strong', { hasText: 'pip' })).toBeVisible();
  await expect(body.getByText('Install with pip.')).toBeVisible();
  await expect(body.getByText('Run the image.')).toBeVisible();
  const marked = body.locator('mark');
  await expect(marked).toHaveText('never refunded');
  expect(await marked.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  await expect(body.locator('dl dt')).toHaveText('Batch');
  await expect(body.locator('dl dd')).toHaveText('Many transactions posted as one.');
  await expect(body.locator('abbr')).toHaveAttribute('title', 'Layer 2, a chain that settles on another');
  await expect(body).not.toContainText(/Check with legal|%%|===|\*\[L2\]/);
});

test('a Pelican folder and a WordPress export are served as soon as they are saved', async ({ page, request }) => {
  const stamp = Date.now();
  const pelican = path.join(postsDir, `pelican-${stamp}`);
  const wordpress = path.join(postsDir, `wordpress-${stamp}`, `from-wordpress-${stamp}`);
  created.push(pelican, path.dirname(wordpress));
  const picture = path.join(DEV_SITE_DIR, 'public', 'images', 'fees-per-batch.png');
  fs.mkdirSync(path.join(pelican, 'images'), { recursive: true });
  fs.mkdirSync(path.join(wordpress, 'images'), { recursive: true });
  fs.copyFileSync(picture, path.join(pelican, 'images', `chart-${stamp}.png`));
  fs.copyFileSync(picture, path.join(wordpress, 'images', 'lake.png'));
  fs.writeFileSync(path.join(pelican, `second-${stamp}.md`), `Title: The second Pelican post\nDate: 2030-01-06\n\nIts text.\n`);
  fs.writeFileSync(
    path.join(pelican, `from-pelican-${stamp}.md`),
    `Title: From Pelican\nDate: 2030-01-07 09:30\nCategory: Python\nTags: pelican; static sites\n\n![A chart from Pelican]({static}/images/chart-${stamp}.png)\n\nOn to [the second post]({filename}/second-${stamp}.md).\n\n    :::python\n    print("from CodeHilite")\n`,
  );
  fs.writeFileSync(
    path.join(wordpress, 'index.md'),
    `---\ntitle: "From WordPress"\ndate: "2030-01-08"\ncoverImage: "lake.png"\n---\n\nExported.\n\n\\[caption id="attachment\\_1" width="480"\\]![The lake](images/lake.png) The lake at noon\\[/caption\\]\n`,
  );
  await expect.poll(async () => (await request.get(`/posts/from-pelican-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/from-pelican-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'From Pelican' })).toBeVisible();
  await expect(page.locator('article time').first()).toHaveAttribute('datetime', '2030-01-07T09:30:00.000Z');
  await expect(page.getByRole('link', { name: 'Python', exact: true })).toHaveAttribute('href', '/tags/python');
  await expect(page.getByRole('link', { name: /^static sites$/i })).toHaveAttribute('href', '/tags/static-sites');
  const chart = page.getByRole('img', { name: 'A chart from Pelican' });
  await expect.poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(page.locator('#post-body pre')).toContainText('print("from CodeHilite")');
  await expect(page.locator('article')).not.toContainText(/Title:|:::python/);
  await page.getByRole('link', { name: 'the second post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'The second Pelican post' })).toBeVisible();
  await expect.poll(async () => (await request.get(`/posts/from-wordpress-${stamp}`)).status(), { timeout: 60_000 }).toBe(200);
  await open(page, `/posts/from-wordpress-${stamp}`);
  await expect(page.getByRole('heading', { level: 1, name: 'From WordPress' })).toBeVisible();
  const cover = page.locator('.post-cover img');
  await expect.poll(() => cover.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(page.locator('#post-body figure figcaption')).toHaveText('The lake at noon');
  await expect(page.locator('#post-body')).not.toContainText('caption');
});

test('an edit to the open post shows without a reload', async ({ page }) => {
  await open(page, `/posts/${SEED}`);
  await markDocument(page);
  const sentence = `An edit made at ${Date.now()}.`;
  fs.writeFileSync(seedFile, `${fs.readFileSync(seedFile, 'utf8')}\n${sentence}\n`);
  await expect(page.getByText(sentence)).toBeVisible({ timeout: SHOWS_WITHIN });
  await expectNotReloaded(page);
});

test('broken frontmatter shows in the page with file, line and fix, and goes when fixed', async ({ page }) => {
  const good = seedText;
  await open(page, `/posts/${SEED}`);
  await markDocument(page);
  // Line 3 of the file: a `date` that is not a date.
  const lines = good.split('\n');
  const dateLine = lines.findIndex((line) => line.startsWith('date:'));
  lines[dateLine] = 'date: 2024-02-30';
  fs.writeFileSync(seedFile, lines.join('\n'));
  const banner = page.locator('[data-content-errors]');
  await expect(banner).toBeVisible({ timeout: SHOWS_WITHIN });
  await expect(banner).toContainText(`content/posts/${SEED}.md:${dateLine + 1}`);
  await expect(banner).toContainText('not a real calendar date');
  await expect(banner).toContainText('fix: Write it as YYYY-MM-DD');
  // The last good page stays readable underneath.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  fs.writeFileSync(seedFile, good);
  await expect(banner).toHaveCount(0, { timeout: SHOWS_WITHIN });
  await expectNotReloaded(page);
});

test('a Mermaid diagram added to the open post is drawn without a reload; one Mermaid cannot read is named by file and line', async ({ page }) => {
  await open(page, `/posts/${SEED}`);
  await markDocument(page);
  const seedLines = seedText.replace(/\n+$/, '').split('\n');
  const good = [...seedLines, '', '```mermaid', 'flowchart LR', '  Draft --> Published', '```', ''];
  fs.writeFileSync(seedFile, good.join('\n'));
  const figure = page.locator('#post-body figure.diagram');
  await expect(figure.locator('pre.mermaid')).toContainText('Draft --> Published', { timeout: SHOWS_WITHIN });
  // Mermaid is compiled on first use in dev: more time for the drawing than for the text.
  await expect(figure.locator('svg .nodeLabel')).toHaveText(['Draft', 'Published'], { timeout: 60_000 });

  const broken = [...good, '```mermaid', 'sequenceDiagram', '  Author->>Reader Hello', '```', ''];
  fs.writeFileSync(seedFile, broken.join('\n'));
  const banner = page.locator('[data-content-errors]');
  await expect(banner).toBeVisible({ timeout: SHOWS_WITHIN });
  // At the broken diagram's own line: its second, after the fence.
  await expect(banner).toContainText(`content/posts/${SEED}.md:${broken.indexOf('  Author->>Reader Hello') + 1}`);
  await expect(banner).toContainText('Mermaid cannot read this diagram');
  await expect(banner).toContainText('mermaid.live');
  // The last good page stays, drawn.
  await expect(figure.locator('svg .nodeLabel')).toHaveText(['Draft', 'Published']);
  await expectNotReloaded(page);
});

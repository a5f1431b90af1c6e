import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { layoutShiftSoFar, recordLayoutShift } from '../../scripts/bench/layout-shift';
import { absolute, basePath, file, mode, route, siteOrigin } from './deploy-mode';

// The checks every deployment must pass: `next start`, the moved standalone folder, the static
// export on a plain file server, and base-path builds (scripts/test/e2e-modes.mjs runs them all).
const SCALING = '/posts/layer-2-solutions-scaling-the-blockchain';
const SCALING_TITLE = 'Layer 2 Solutions: Scaling the Blockchain';
// content/posts/writing-beyond-plain-markdown.md: math, details, inline HTML, code titles, alerts.
const SHOWCASE = '/posts/writing-beyond-plain-markdown';

// A post whose only tag is non-Latin: its address is percent-encoded in every link and request.
const JAPANESE_TITLE = 'レイヤー2とは何か：日本語で読むスケーリング入門';
const JAPANESE_TAG = `/tags/${encodeURIComponent('日本語')}`;

// A folder post (content/posts/rollups-in-pictures/) with a cover, a co-located JPEG and SVG, and a PNG in public/.
const PICTURES = '/posts/rollups-in-pictures';

/** Serves the showcase post as built, with `html` put at the start of its body (HTML the build would not make). */
async function showcaseWithBodyStart(page: Page, html: string) {
  await page.route(`**${route(SHOWCASE)}`, async (request) => {
    const response = await request.fetch();
    const built = await response.text();
    await request.fulfill({ response, body: built.replace(/(<div[^>]*id="post-body"[^>]*>)/, `$1${html}`) });
  });
}

const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const POST_URL = literally(absolute(SCALING));

// Plain responses by path: [path, status, body]. One row per file a mode must serve.
const FILES: [path: string, status: number, body: RegExp][] = [
  ['/healthz', 200, /^ok\s*$/],
  ['/tags/plasma/posts.json', 200, new RegExp(`"title":"${SCALING_TITLE}"`)],
  ['/tags/no-such-tag/posts.json', 404, /This page does not exist|Not Found/i],
  ['/feed.xml', 200, POST_URL],
  ['/atom.xml', 200, POST_URL],
  ['/feed.json', 200, POST_URL],
  ['/tags/plasma/feed.xml', 200, POST_URL],
  [`${JAPANESE_TAG}/feed.xml`, 200, literally(absolute('/posts/layer-2-in-japanese'))],
  [`${JAPANESE_TAG}/posts.json`, 200, literally(`"title":"${JAPANESE_TITLE}"`)],
  ['/sitemap.xml', 200, POST_URL],
  ['/robots.txt', 200, literally(`Sitemap: ${siteOrigin}${file('/sitemap.xml')}`)],
  ['/share-image.png', 200, /^\uFFFDPNG/],
];

test.describe(`deploy mode: ${mode}${basePath ? ` under ${basePath}` : ''}`, () => {
  test('a post renders with its stylesheet and font applied', async ({ page, request }) => {
    const response = await page.goto(route(SCALING));
    expect(response?.status()).toBe(200);
    const h1 = page.locator('h1');
    await expect(h1).toHaveText(SCALING_TITLE);
    // Tailwind's text-3xl/font-bold only take effect when the CSS file loaded from the right path.
    await expect(h1).toHaveCSS('font-weight', '700');
    expect(parseFloat(await h1.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(30);
    // The self-hosted Inter file loads (a wrong asset path leaves the face in status "error").
    const fontStatus = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => /inter/i.test(face.family)).map((face) => face.status);
    });
    expect(fontStatus).toContain('loaded');
    // Absolute URLs carry SITE_URL and the base path; the share image they name is served.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', absolute(SCALING));
    // A post without a cover: its card, drawn at the content step, is a file in /_img/ named by its bytes.
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(image).toMatch(new RegExp(`^${literally(`${siteOrigin}${file('/_img/card-')}`).source}[0-9a-f]{12}\\.png$`));
    const card = await request.get(new URL(image).pathname);
    expect(card.status()).toBe(200);
    expect(card.headers()['content-type']).toBe('image/png');
    // The site's stylesheet is linked (one request, cached by every later page) and loads from the right path.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    const sheets = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((l) => l.getAttribute('href') ?? ''));
    expect(sheets.some((href) => href.startsWith(file('/_next/static/')))).toBe(true);
    for (const href of sheets) {
      expect(href.startsWith(file('/_next/static/'))).toBe(true);
      expect((await request.get(href)).status()).toBe(200);
    }
  });

  // content/posts/writing-beyond-plain-markdown.md, one short test per feature (the machine may be busy).
  test('the Markdown showcase shows no source markup, and typesets math with its own stylesheet and fonts', async ({ page, request }) => {
    expect((await page.goto(route(SHOWCASE)))?.status()).toBe(200);
    const body = page.locator('#post-body');
    const text = await body.innerText();
    for (const raw of ['$$', '{{<', '{{%', '<Component', '\\frac', '<sup>', '<details>']) expect(text).not.toContain(raw);
    expect(text).toContain('a fee of $5 and $10 stays money');
    await expect(body.locator('.katex')).toHaveCount(2);
    await expect(body.locator('.katex-display')).toBeVisible();
    const sheet = page.locator('link[rel="stylesheet"][href$="/katex/katex.min.css"]');
    await expect(sheet).toHaveAttribute('href', file('/katex/katex.min.css'));
    expect((await request.get(file('/katex/katex.min.css'))).status()).toBe(200);
    await expect
      .poll(() => page.evaluate(() => [...document.fonts].some((face) => face.family.replace(/"/g, '') === 'KaTeX_Main' && face.status === 'loaded')))
      .toBe(true);
  });

  test('the Markdown showcase: details open on a click, inline HTML and alerts show', async ({ page }) => {
    await page.goto(route(SHOWCASE));
    const body = page.locator('#post-body');
    const details = body.locator('details');
    const inside = details.locator('strong', { hasText: 'fixed cost' });
    await expect(inside).toBeHidden();
    await details.locator('summary').click();
    await expect(inside).toBeVisible();
    await expect(body.locator('sub')).toHaveText('2');
    await expect(body.locator('kbd').first()).toHaveText('Ctrl');
    const notes = body.getByRole('note');
    await expect(notes).toHaveCount(2);
    await expect(notes.first().locator('.markdown-alert-title')).toHaveText('Note');
    await expect(notes.nth(1)).toContainText('A bridge is only as safe');
  });

  test('the Markdown showcase: code titles and marked lines are visible', async ({ page }) => {
    await page.goto(route(SHOWCASE));
    const body = page.locator('#post-body');
    await expect(body.locator('figcaption.code-title')).toHaveText(['lib/fees.ts', 'rollup.js']);
    const highlighted = body.locator('figure.code-figure').first().locator('pre .line.highlighted');
    await expect(highlighted).toHaveText('  return gas * price;');
    expect(await highlighted.evaluate((line) => getComputedStyle(line).backgroundColor)).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
    await expect(body.locator('pre .line.diff.add')).toContainText('batch.push(tx);');
    // A Hugo fence (`{linenos=table,hl_lines=[2],linenostart=41}`): numbered from 41, its second line marked.
    const hugo = body.locator('pre[data-language="go"]');
    expect(await hugo.locator('code').evaluate((code) => getComputedStyle(code).counterReset)).toBe('line 40');
    expect(await hugo.locator('.line').first().evaluate((line) => getComputedStyle(line, '::before').content)).toBe('counter(line)');
    await expect(hugo.locator('.line.highlighted')).toHaveText('\treturn gas * price');
  });

  test('each code block gets a button that copies its code; without JavaScript there is none', async ({ page, context, browser }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // An author's own HTML may carry the class of the pipeline's box (the sanitiser allows it): such a
    // box holds no code and gets no button that would copy nothing.
    const authored = '<div class="code-block"><p>A box an old theme styled.</p></div>';
    await showcaseWithBodyStart(page, authored);
    await page.goto(route(SHOWCASE));
    const body = page.locator('#post-body');
    await expect(body.locator('.code-block p')).toHaveText('A box an old theme styled.');
    const blocks = body.locator('.code-block:has(pre)');
    await expect(blocks).toHaveCount(await body.locator('pre.shiki').count());
    await expect(body.getByRole('button', { name: 'Copy code to clipboard' })).toHaveCount(await blocks.count());
    await expect(body.locator('.code-block:not(:has(pre)) button')).toHaveCount(0);
    // The titled block: its button sits in the block's box, inside the figure, beside the code.
    const titled = body.locator('figure.code-figure').first().locator('.code-block');
    const button = titled.getByRole('button', { name: 'Copy code to clipboard' });
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await titled.locator('code').innerText());
    expect(copied).toContain('return gas * price;');
    expect(copied).not.toContain('Copy');
    // Top right of the block, over the code's box.
    const [box, place] = await Promise.all([titled.locator('pre').boundingBox(), button.boundingBox()]);
    expect(place && box && place.x + place.width <= box.x + box.width && place.y >= box.y && place.y < box.y + 40).toBe(true);

    const still = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await still.newPage();
      await plain.goto(route(SHOWCASE));
      await expect(plain.locator('#post-body pre.shiki').first()).toBeVisible();
      await expect(plain.locator('#post-body button')).toHaveCount(0);
    } finally {
      await still.close();
    }
  });

  test('the Markdown showcase: a Mermaid diagram is drawn in the page’s colours, its source one click away; without JavaScript the source shows', async ({ page, browser }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(route(SHOWCASE));
    const figure = page.locator('#post-body figure.diagram');
    const svg = figure.getByRole('group', { name: 'Diagram' }).locator('svg');
    await expect(svg).toBeVisible();
    await expect(svg.locator('.nodeLabel')).toHaveText(['Users', 'Rollup', 'Main chain']);
    const source = figure.locator('pre.mermaid');
    await expect(source).toBeHidden();
    await figure.getByText('Diagram source').click();
    await expect(source).toBeVisible();
    await expect(source).toContainText('flowchart LR');
    // Drawn again in the other colours when the page turns dark.
    const nodeFill = () => svg.locator('.node rect').first().evaluate((rect) => getComputedStyle(rect).fill);
    const light = await nodeFill();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(nodeFill).not.toBe(light);
    await expect(svg.locator('.nodeLabel')).toHaveText(['Users', 'Rollup', 'Main chain']);
    expect(errors).toEqual([]);

    const still = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await still.newPage();
      await plain.goto(route(SHOWCASE));
      const shown = plain.locator('#post-body figure.diagram pre.mermaid');
      await expect(shown).toBeVisible();
      await expect(shown).toContainText('Rollup -->|one batch| Chain[Main chain]');
    } finally {
      await still.close();
    }
  });

  test('a diagram Mermaid cannot draw keeps its source, with the reason, and leaves nothing else in the page', async ({ page }) => {
    // content:check stops such a post before it is built; a page served anyway shows no half-drawing.
    const broken = '<figure class="diagram"><pre class="mermaid">sequenceDiagram\n  Author-&gt;&gt;Reader Hello</pre></figure>';
    await showcaseWithBodyStart(page, broken);
    await page.goto(route(SHOWCASE));
    const figures = page.locator('#post-body figure.diagram');
    await expect(figures.nth(1).locator('svg')).toBeVisible();
    const failed = figures.first();
    await expect(failed.locator('figcaption')).toContainText('This diagram could not be drawn: Parse error on line 2');
    await expect(failed.locator('pre.mermaid')).toBeVisible();
    await expect(failed.locator('svg')).toHaveCount(0);
    // Mermaid's own error drawing ("Syntax error in text") is not left at the end of the page.
    await expect(page.getByText('Syntax error in text')).toHaveCount(0);
  });

  test('on a phone, a diagram keeps a legible size and scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(route(SHOWCASE));
    const drawing = page.locator('#post-body figure.diagram').getByRole('group', { name: 'Diagram' });
    await expect(drawing.locator('svg')).toBeVisible();
    const sizes = await drawing.evaluate((box) => {
      const svg = box.querySelector('svg');
      return { drawn: svg?.viewBox.baseVal.width ?? 0, shown: svg?.getBoundingClientRect().width ?? 0, box: box.clientWidth, scroll: box.scrollWidth };
    });
    // Wider than the column: not shrunk below its drawn width (or 36rem), the box scrolls instead.
    expect(sizes.drawn).toBeGreaterThan(sizes.box);
    expect(sizes.shown).toBeGreaterThanOrEqual(Math.min(sizes.drawn, 576) - 1);
    expect(sizes.scroll).toBeGreaterThan(sizes.box);
    expect(await drawing.getAttribute('tabindex')).toBe('0');
  });

  test('a page without math does not load KaTeX', async ({ page }) => {
    await page.goto(route(SCALING));
    await expect(page.locator('h1')).toHaveText(SCALING_TITLE);
    await expect(page.locator('link[href$="/katex/katex.min.css"]')).toHaveCount(0);
  });

  test('a tag page lists its posts, and links navigate under the base path', async ({ page }) => {
    const response = await page.goto(route('/tags/layer-2-solutions'));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Posts tagged “Layer 2 Solutions”');
    await expect(page.locator('article[data-post] h2')).toHaveCount(3);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Tags' })).toHaveAttribute('href', route('/tags'));
    await page.getByRole('link', { name: SCALING_TITLE }).click();
    await expect(page).toHaveURL((url) => url.pathname === route(SCALING));
    await expect(page.locator('h1')).toHaveText(SCALING_TITLE);
  });

  test('a list page prefetches no page while it loads; a click fetches only the page it opens', async ({ page }) => {
    const prefetched: string[] = [];
    const fetched: string[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      if (headers['next-router-prefetch']) prefetched.push(request.url());
      else if (headers['rsc']) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto(route('/tags/layer-2-solutions'));
    // Next's router is running (it prefetches from the links it has mounted) and the network is quiet.
    await page.waitForFunction(() => 'next' in window);
    await page.waitForLoadState('networkidle');
    expect(prefetched).toEqual([]);
    await page.getByRole('link', { name: SCALING_TITLE }).click();
    await expect(page.locator('h1')).toHaveText(SCALING_TITLE);
    // A client-side navigation: the post's RSC data, not a new document.
    expect(fetched.some((pathname) => pathname.startsWith(route(SCALING)))).toBe(true);
    expect(prefetched).toEqual([]);
  });

  test('a link to another post’s file opens that post at its heading; a site path stays under the base path; a relative page link leads to its page', async ({ page }) => {
    await page.goto(route(SHOWCASE));
    const body = page.locator('#post-body');
    const archive = body.getByRole('link', { name: 'the archive' });
    await expect(archive).toHaveAttribute('href', file('/archive'));
    await body.getByRole('link', { name: 'how layer 2 works' }).click();
    await expect(page).toHaveURL(new RegExp(`${literally(route(SCALING)).source}#the-inner-workings-of-layer-2-solutions$`));
    await expect(page.locator('h1')).toHaveText(SCALING_TITLE);
    await expect(page.locator('#the-inner-workings-of-layer-2-solutions')).toBeInViewport();
    await page.goBack();
    await archive.click();
    await expect(page).toHaveTitle(/^Archive/);
    // Relative to the post's address: the same page whether or not this mode serves it with a trailing slash.
    await page.goBack();
    await body.getByRole('link', { name: 'the introduction in Japanese' }).click();
    await expect(page.locator('h1')).toHaveText(JAPANESE_TITLE);
  });

  test('a non-Latin tag page answers a direct visit, and the post’s tag chip leads to it', async ({ page }) => {
    const response = await page.goto(route(JAPANESE_TAG));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Posts tagged “日本語”');
    await page.getByRole('link', { name: JAPANESE_TITLE }).click();
    await expect(page.locator('h1')).toHaveText(JAPANESE_TITLE);
    await page.locator('main').getByRole('link', { name: '日本語', exact: true }).first().click();
    await expect(page).toHaveURL((url) => url.pathname === route(JAPANESE_TAG));
    await expect(page.locator('h1')).toHaveText('Posts tagged “日本語”');
  });

  test('the archive tag filter loads its JSON and shows the matching posts', async ({ page }) => {
    await page.goto(`${route('/archive')}?tags=plasma`);
    await expect(page.getByRole('status')).toContainText('1 post tagged Plasma');
    await expect(page.getByRole('region', { name: 'Filtered posts' }).getByRole('link')).toHaveText([SCALING_TITLE]);
  });

  test('a tag typed as it reads reaches its page: /tags/Plasma → /tags/plasma', async ({ page }) => {
    // A 308 from a Node server (proxy.ts); a small redirect page in a static export.
    for (const [typed, slug] of [
      ['/tags/Plasma', '/tags/plasma'],
      ['/tags/Layer2Solutions', '/tags/layer-2-solutions'],
    ] as const) {
      await page.goto(route(typed));
      await expect(page).toHaveURL((url) => url.pathname === route(slug));
      await expect(page.locator('h1')).toContainText('Posts tagged');
    }
  });

  test('search finds a post from the header link, and the result opens it', async ({ page }) => {
    await page.goto(route('/'));
    await page.locator('header').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL((url) => url.pathname === route('/search'));
    const box = page.locator('#main').getByRole('searchbox', { name: 'Search posts' });
    await box.fill('sidechains');
    await box.press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === route('/search') && url.searchParams.get('q') === 'sidechains');
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('link').first();
    // The first search loads Pagefind's WebAssembly and index: seconds on a busy 2-core machine.
    await expect(first).toBeVisible({ timeout: 30_000 });
    await first.click();
    await expect(page).toHaveURL((url) => url.pathname.startsWith(file('/posts/')));
    await expect(page.locator('article')).toContainText(/sidechains/i);
  });

  test('an unknown address answers 404 with the designed, styled page', async ({ page }) => {
    const response = await page.goto(route('/posts/no-such-post'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('This page does not exist');
    await expect(page.locator('h1')).toHaveCSS('font-weight', '700');
    await expect(page.getByRole('link', { name: 'Latest posts' })).toHaveAttribute('href', route('/'));
  });

  test('a post with images shows each one sized, in a modern format, without layout shift', async ({ page, request }) => {
    // Four images loaded one after another, each scrolled to: more than one page load's work.
    test.setTimeout(120_000);
    await recordLayoutShift(page);
    expect((await page.goto(route(PICTURES)))?.status()).toBe(200);
    const images = page.locator('article img');
    // The cover, the SVG, the JPEG beside the post and the PNG from public/.
    await expect(images).toHaveCount(4);
    const alts = await images.evaluateAll((all) => all.map((img) => img.getAttribute('alt')));
    expect(alts).toEqual([
      'Stacked blocks rising over a teal gradient',
      'Transactions flow into a rollup batch, which settles on layer 1',
      'Blocks of transactions grouped along a line',
      'Bar chart of the fee per transaction falling as batches grow',
    ]);
    // The cover is the first image: fetched at once; the body's images wait until they are near.
    expect(await images.evaluateAll((all) => all.map((img) => img.getAttribute('loading')))).toEqual([null, 'lazy', 'lazy', 'lazy']);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      const shown = await image.evaluate((img: HTMLImageElement) => ({
        width: Number(img.getAttribute('width')),
        height: Number(img.getAttribute('height')),
        naturalWidth: img.naturalWidth,
        naturalHeight: img.naturalHeight,
        src: new URL(img.currentSrc).pathname,
      }));
      expect(shown.width).toBeGreaterThan(0);
      // The file's own aspect ratio: a bitmap's pixels, an SVG's viewBox (its natural size is the browser's guess).
      let fileRatio = shown.naturalWidth / shown.naturalHeight;
      if (shown.src.endsWith('.svg')) {
        const [, , w = 0, h = 1] = /viewBox="([^"]+)"/.exec(await (await request.get(shown.src)).text())?.[1]?.split(/[\s,]+/).map(Number) ?? [];
        fileRatio = w / h;
      }
      expect(Math.abs(shown.width / shown.height / fileRatio - 1)).toBeLessThan(0.01);
      expect(shown.src.startsWith(file('/_img/'))).toBe(true);
      // Photos and charts come as WebP (the <picture>'s first source); the SVG stays a vector.
      expect(shown.src).toMatch(/\.(webp|avif|svg)$/);
    }
    await expect(page.locator('#post-body figure figcaption')).toHaveText(['The path of a transaction through a rollup', 'Fee per transaction, by batch size']);
    await page.evaluate(() => window.scrollTo(0, 0));
    // An image without its size moves the text below it by its whole height (a shift of 0.05 and more).
    // A full run of every mode on a loaded machine once measured 0.0013 here, cause not found; the
    // bench (scripts/bench/layout-shift.ts) reports CLS per page kind.
    expect(await layoutShiftSoFar(page)).toBeLessThan(0.01);
    // The cover, cropped to 1200×630, is the share image instead of the generated card.
    const og = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    expect(og.startsWith(`${siteOrigin}${file('/_img/cover-')}`)).toBe(true);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    const share = await request.get(new URL(og).pathname);
    expect(share.status()).toBe(200);
    expect(share.headers()['content-type']).toBe('image/jpeg');
  });

  test('a file beside a post that it links is published, and the link downloads it', async ({ page, request }) => {
    await page.goto(route(PICTURES));
    const link = page.getByRole('link', { name: 'a spreadsheet of fees by batch size' });
    const href = (await link.getAttribute('href')) ?? '';
    // Published under a name of its content, beside the processed images (and under the base path).
    expect(href).toMatch(new RegExp(`^${file('/_img/')}fees-by-batch-[\\da-f]{12}\\.csv$`));
    const response = await request.get(href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await response.text()).toBe(fs.readFileSync('content/posts/rollups-in-pictures/fees-by-batch.csv', 'utf8'));
    const download = page.waitForEvent('download');
    await link.click();
    expect((await download).suggestedFilename()).toMatch(/^fees-by-batch-[\da-f]{12}\.csv$/);
  });

  test('on a phone, no image is wider than the column', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(route(PICTURES));
    const overflow = await page.locator('article img').evaluateAll((all) =>
      all.map((img) => img.getBoundingClientRect().right - document.documentElement.clientWidth).filter((over) => over > 0.5),
    );
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  });

  for (const [path, status, body] of FILES) {
    test(`${path} answers ${status}`, async ({ request }) => {
      const response = await request.get(file(path));
      expect(response.status()).toBe(status);
      expect(await response.text()).toMatch(body);
    });
  }
});

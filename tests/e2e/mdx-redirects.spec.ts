import { expect, test } from '@playwright/test';
import { absolute, basePath, file, mode, route } from './deploy-mode';

// content/posts/components-in-mdx.mdx uses every component of components/mdx/.
const MDX_POST = '/posts/components-in-mdx';
const MDX_TITLE = 'Components in MDX Posts';
// The post its JSX anchor links by file (content/posts/layer-2-in-japanese.md).
const JAPANESE_TITLE = 'レイヤー2とは何か：日本語で読むスケーリング入門';
// A Markdown post on the same route, for comparing the JavaScript the page loads.
const MD_POST = '/posts/rollups-in-pictures';
// Its alias (frontmatter `aliases:`), and the site-wide old pattern /blog/:slug (lib/site/config.ts).
const ALIAS = '/2024/04/rollups-in-pictures';
const OLD_PATTERN = '/blog/components-in-mdx';
// Jekyll's `permalink:` of content/posts/layer-2-solutions-scaling-the-blockchain.md: its old address, a file.
const PERMALINK = '/2024/05/23/layer-2-solutions-scaling-the-blockchain.html';
const PERMALINK_POST = '/posts/layer-2-solutions-scaling-the-blockchain';

// Run in every deploy mode (playwright.modes.config.ts): start, standalone, export, base-path builds.
test.describe(`MDX posts and redirects (${mode}${basePath ? ` under ${basePath}` : ''})`, () => {
  test('an MDX post shows its figure, callouts, inline contents and details, with no raw JSX', async ({ page }) => {
    await page.goto(route(MDX_POST));
    await expect(page.getByRole('heading', { level: 1, name: MDX_TITLE })).toBeVisible();
    const body = page.locator('#post-body');
    // The body's opening `# Components in MDX Posts` repeats the title: shown once, as the page's h1.
    await expect(page.getByRole('heading', { name: MDX_TITLE })).toHaveCount(1);

    const figure = body.locator('figure.image-figure');
    await expect(figure.locator('figcaption')).toHaveText('Fees per batch, from the rollups post.');
    const image = figure.getByRole('img', { name: 'Fees per batch falling as batches grow' });
    await image.scrollIntoViewIfNeeded();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expect(figure.locator('picture source[type="image/webp"]')).toHaveCount(1);

    const callouts = body.getByRole('note');
    await expect(callouts).toHaveCount(2);
    await expect(callouts.nth(0).locator('.markdown-alert-title')).toHaveText('Batch your transfers');
    await expect(callouts.nth(0).locator('strong')).toHaveText('one');
    await expect(callouts.nth(1).locator('.markdown-alert-title')).toHaveText('Warning');

    // `<TOCInline toHeading={2} />` (tailwind-nextjs-starter-blog): the ### heading is left out.
    const contents = body.getByRole('navigation', { name: 'Contents of this post' });
    await expect(contents.getByRole('link')).toHaveText(['A figure', 'A callout', 'A collapsed section']);
    await expect(body.getByRole('heading', { level: 3, name: 'Plain Markdown still works' })).toBeVisible();
    await contents.getByRole('link', { name: 'A collapsed section' }).click();
    await expect(page).toHaveURL(/#a-collapsed-section$/);
    await expect(page.locator('#a-collapsed-section')).toBeInViewport();

    const details = body.locator('details');
    const hidden = details.getByText('The sequencer pays for the data');
    await expect(hidden).toBeHidden();
    await details.getByText('How the fee is split').click();
    await expect(hidden).toBeVisible();

    // A JSX anchor to another post's file leads to that post, as a Markdown link does.
    await body.getByRole('link', { name: 'the introduction in Japanese' }).click();
    await expect(page.locator('h1')).toHaveText(JAPANESE_TITLE);
    await page.goBack();

    const text = await body.innerText();
    for (const source of ['<TOC', '<Callout', '<Figure', '<Details', '</', '{/*', 'props.']) expect(text).not.toContain(source);
  });

  // content/posts/writing-beyond-plain-markdown.md and the MDX post each cite one footnote.
  for (const [kind, path, note] of [
    ['a Markdown', '/posts/writing-beyond-plain-markdown', 'The cost of a batch is shared'],
    ['an MDX', MDX_POST, 'An MDX post is read by the same Markdown steps'],
  ] as const) {
    test(`${kind} post's footnote reference leads to its note and back, described by the notes' heading`, async ({ page }) => {
      await page.goto(route(path));
      const body = page.locator('#post-body');
      const reference = body.locator('a[data-footnote-ref]');
      await expect(reference).toHaveText('1');
      // aria-describedby names the footnotes' heading: a screen reader hears "Footnotes" on the reference.
      await expect(reference).toHaveAccessibleDescription('Footnotes');
      await reference.click();
      const item = body.locator('section[data-footnotes] li');
      await expect(item).toContainText(note);
      await expect(item).toBeInViewport();
      await item.getByRole('link', { name: 'Back to reference 1' }).click();
      await expect(reference).toBeInViewport();
    });
  }

  test('an MDX post loads no more JavaScript than a Markdown post', async ({ page }) => {
    const scripts = async (path: string) => {
      await page.goto(route(path));
      return page.locator('script[src]').evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLScriptElement).src).pathname).sort());
    };
    const markdown = await scripts(MD_POST);
    expect(markdown.length).toBeGreaterThan(0);
    expect(await scripts(MDX_POST)).toEqual(markdown);
  });

  if (mode === 'export') {
    test('an old address is a redirect page: meta refresh and canonical link to the post, under the base path', async ({ page, request }) => {
      const response = await request.get(route(OLD_PATTERN));
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${route(MDX_POST)}">`);
      expect(html).toContain(`<link rel="canonical" href="${absolute(MDX_POST)}">`);
      await page.goto(route(ALIAS));
      await expect(page).toHaveURL(new RegExp(`${route(MD_POST)}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Rollups in Pictures' })).toBeVisible();
      // A Jekyll permalink ending in .html is that file on a static host.
      await page.goto(file(PERMALINK));
      await expect(page).toHaveURL(new RegExp(`${route(PERMALINK_POST)}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Layer 2 Solutions: Scaling the Blockchain' })).toBeVisible();
    });

    test('the export lists its redirects in _redirects for hosts that answer them (308)', async ({ request }) => {
      const response = await request.get(file('/_redirects'));
      expect(response.status()).toBe(200);
      const lines = (await response.text()).split('\n');
      expect(lines).toContain(`${basePath}/blog/:slug/ ${basePath}/posts/:slug/ 308`);
      expect(lines).toContain(`${basePath}${ALIAS}/ ${route(MD_POST)} 308`);
      expect(lines).toContain(`${basePath}${PERMALINK} ${route(PERMALINK_POST)} 308`);
    });
  } else {
    test('old addresses answer 308 to the post, under the base path', async ({ request, page }) => {
      for (const [from, to] of [
        [OLD_PATTERN, MDX_POST],
        [ALIAS, MD_POST],
        [PERMALINK, PERMALINK_POST],
      ] as const) {
        const response = await request.get(file(from), { maxRedirects: 0 });
        expect(response.status(), from).toBe(308);
        expect(new URL(response.headers().location ?? '', 'http://x').pathname, from).toBe(route(to));
      }
      await page.goto(file(`${ALIAS}/`));
      await expect(page).toHaveURL(new RegExp(`${route(MD_POST)}$`));
      await expect(page.getByRole('heading', { level: 1, name: 'Rollups in Pictures' })).toBeVisible();
    });

    test('an old address of no post stays a 404', async ({ request }) => {
      const response = await request.get(file('/blog/no-such-post'));
      expect(response.status()).toBe(404);
    });
  }
});

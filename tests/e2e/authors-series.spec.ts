import { expect, test } from '@playwright/test';
import { route } from './deploy-mode';

// The seed posts show the fields other engines brought (lib/content/schema.ts): a series of three
// (content/posts: rollups-in-pictures, then the two “Layer 2 Solutions” posts), a featured post,
// authors from the site's profiles (lib/site/config.ts) and the default author.
const SERIES = 'Layer 2 in Three Parts';
const PARTS = ['Rollups in Pictures', 'Layer 2 Solutions: Scaling the Blockchain', 'Layer 2 Solutions: Unlocking the Potential of Blockchain Scalability 🔓'];

test('a post of a series shows its place and links to the other parts, oldest first', async ({ page }) => {
  await page.goto(route('/posts/layer-2-solutions-scaling-the-blockchain'));
  const series = page.getByRole('navigation', { name: `Series: ${SERIES}` });
  await expect(series).toContainText(`Part 2 of 3 in the series “${SERIES}”`);
  await expect(series.locator('li')).toHaveText(PARTS);
  await expect(series.locator('[aria-current="page"]')).toHaveText(PARTS[1] ?? '');
  await series.getByRole('link', { name: PARTS[0] }).click();
  await expect(page.locator('h1')).toHaveText(PARTS[0] ?? '');
  const first = page.getByRole('navigation', { name: `Series: ${SERIES}` });
  await expect(first).toContainText('Part 1 of 3');
  // The other two parts are links on consecutive lines: each a target at least 24 px tall (WCAG 2.5.8).
  for (const link of await first.getByRole('link').all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(24);
});

test('a post in two series (Hugo `series: [a, b]`) shows its place in each', async ({ page }) => {
  await page.goto(route('/posts/rollups-in-pictures'));
  const navs = page.locator('nav[data-series]');
  await expect(navs).toHaveCount(2);
  await expect(navs.nth(0)).toContainText(`Part 1 of 3 in the series “${SERIES}”`);
  const pictures = page.getByRole('navigation', { name: 'Series: Posts With Pictures' });
  await expect(pictures).toContainText('Part 2 of 2 in the series “Posts With Pictures”');
  await expect(pictures.locator('li')).toHaveText(['Components in MDX Posts', 'Rollups in Pictures']);
  await pictures.getByRole('link', { name: 'Components in MDX Posts' }).click();
  await expect(page.locator('h1')).toHaveText('Components in MDX Posts');
  await expect(page.getByRole('navigation', { name: 'Series: Posts With Pictures' })).toContainText('Part 1 of 2');
});

test('a cover shows its caption (Hugo `cover: { image, alt, caption }`)', async ({ page }) => {
  await page.goto(route('/posts/rollups-in-pictures'));
  const cover = page.locator('figure:has(picture.post-cover)');
  await expect(cover.getByRole('img', { name: 'Stacked blocks rising over a teal gradient' })).toBeVisible();
  await expect(cover.locator('figcaption')).toHaveText('A rollup stacks many transactions into one batch.');
});

test('an author’s picture (Vercel’s `author: { name, picture }`) shows small beside the name', async ({ page }) => {
  await page.goto(route('/posts/components-in-mdx'));
  const byline = page.locator('[data-authors]');
  await expect(byline).toHaveText('By Mara Lindqvist');
  const avatar = byline.locator('[data-avatar] img');
  await expect(avatar).toHaveAttribute('alt', '');
  await avatar.scrollIntoViewIfNeeded();
  await expect.poll(() => avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const box = await avatar.boundingBox();
  expect(box?.width).toBeGreaterThan(16);
  expect(box?.width).toBeLessThan(40);
  expect(Math.abs((box?.width ?? 0) - (box?.height ?? 0))).toBeLessThan(1);
  // The picture sits before the name, on its line.
  const name = await byline.getByRole('link', { name: 'Mara Lindqvist' }).boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual((name?.x ?? 0) + 1);
  expect(Math.abs((box?.y ?? 0) + (box?.height ?? 0) / 2 - ((name?.y ?? 0) + (name?.height ?? 0) / 2))).toBeLessThan(8);
});

test('a post’s subtitle (Beautiful Jekyll’s, Hashnode’s `subtitle:`) is shown under its title, grouped with it', async ({ page }) => {
  await page.goto(route('/posts/writing-beyond-plain-markdown'));
  const heading = page.locator('article header hgroup');
  await expect(heading.getByRole('heading', { level: 1 })).toHaveText('Writing Beyond Plain Markdown');
  await expect(heading.locator('p')).toHaveText('Math, callouts, code titles, diagrams and footnotes, as a reader sees them');
  await expect(heading.locator('p')).toBeVisible();
  await page.goto(route('/posts/layer-2-in-japanese'));
  await expect(page.locator('article header hgroup p')).toHaveCount(0);
});

test('a post outside any series shows none', async ({ page }) => {
  await page.goto(route('/posts/writing-beyond-plain-markdown'));
  await expect(page.locator('h1')).toHaveText('Writing Beyond Plain Markdown');
  await expect(page.locator('nav[data-series]')).toHaveCount(0);
});

test('the home page shows the featured post above the list, which still lists every post', async ({ page }) => {
  await page.goto(route('/'));
  const featured = page.getByRole('region', { name: 'Featured' });
  await expect(featured.getByRole('link')).toHaveText(['Layer 2 Solutions: Scaling the Blockchain']);
  await featured.getByRole('link').click();
  await expect(page.locator('h1')).toHaveText('Layer 2 Solutions: Scaling the Blockchain');
});

test('authors: profiles by id with their link, two authors, and the default author', async ({ page }) => {
  await page.goto(route('/posts/writing-beyond-plain-markdown'));
  const byline = page.locator('[data-authors]');
  await expect(byline).toHaveText('By Mara Lindqvist and Ledger Notes editors');
  await expect(byline.getByRole('link', { name: 'Mara Lindqvist' })).toHaveAttribute('href', 'https://mara-lindqvist.example');
  const [posting] = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '[]') as { author?: { name: string }[] }[];
  expect(posting?.author?.map((author) => author.name)).toEqual(['Mara Lindqvist', 'Ledger Notes editors']);

  await page.goto(route('/posts/layer-2-in-japanese'));
  await expect(page.locator('[data-authors]')).toHaveText('By Ledger Notes editors');
});

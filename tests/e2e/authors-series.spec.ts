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
  await expect(page.getByRole('navigation', { name: `Series: ${SERIES}` })).toContainText('Part 1 of 3');
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

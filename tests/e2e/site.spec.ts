import { expect, test } from '@playwright/test';

const UNLOCKING = '/posts/layer-2-solutions-unlocking-the-potential-of-blockchain-scalability';
const SCALING = '/posts/layer-2-solutions-scaling-the-blockchain';

test.describe('home', () => {
  test('lists the latest posts with date, summary, tags and reading time', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    const cards = page.locator('article[data-post]');
    await expect(cards).toHaveCount(5); // the two seed posts, the picture post, the Japanese post and the 2023 Markdown showcase
    // Newest first
    await expect(cards.nth(0).getByRole('heading')).toContainText('Unlocking the Potential of Blockchain Scalability');
    await expect(cards.nth(1).getByRole('heading')).toHaveText('Layer 2 Solutions: Scaling the Blockchain');
    await expect(cards.nth(0).locator('time')).toHaveAttribute('datetime', /^2024-07-14/);
    await expect(cards.nth(0)).toContainText('July 14, 2024');
    await expect(cards.nth(0)).toContainText(/\d+ min read/);
    await expect(cards.nth(1)).toContainText('Today, we\'re going to dive into');
    await expect(cards.nth(1)).not.toContainText('Hello again');
    await expect(cards.nth(1).getByRole('link', { name: 'plasma' })).toHaveAttribute('href', '/tags/plasma');
    await expect(cards.nth(3).getByRole('heading')).toHaveText('レイヤー2とは何か：日本語で読むスケーリング入門');
  });
});

test.describe('post page', () => {
  test('shows one h1, the date, tags linking to tag pages and the rendered body', async ({ page }) => {
    const response = await page.goto(SCALING);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Layer 2 Solutions: Scaling the Blockchain');
    await expect(page.locator('article time').first()).toHaveAttribute('datetime', /^2024-05-23/);
    const tags = page.getByRole('list', { name: 'Tags' });
    await expect(tags.getByRole('link')).toHaveText([
      'Blockchain',
      'Scalability',
      'Layer 2 Solutions',
      'Lightning Network',
      'Sidechains',
      'Plasma',
    ]);
    // GFM: lists, bold and headings became HTML, not Markdown text.
    await expect(page.getByRole('heading', { level: 2, name: /Understanding Layer 2 Solutions/ })).toBeVisible();
    await expect(page.locator('.prose strong').first()).toHaveText('Lightning Network');
    await expect(page.locator('.prose ol > li')).toHaveCount(3);
    await expect(page.locator('.prose')).not.toContainText('**');
  });

  test('is readable on a phone: no horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(UNLOCKING);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('tags', () => {
  test('the tag index lists every tag with its post count, merging spellings', async ({ page }) => {
    await page.goto('/tags');
    await expect(page.locator('h1')).toHaveText('Tags');
    const list = page.getByRole('list', { name: 'All tags' });
    await expect(list.getByRole('link', { name: 'Layer 2 Solutions (3)' })).toHaveAttribute('href', '/tags/layer-2-solutions');
    await expect(list.getByRole('link', { name: 'Blockchain Scalability (1)' })).toHaveAttribute('href', '/tags/blockchain-scalability');
    await expect(list.getByRole('link', { name: '日本語 (1)' })).toHaveAttribute('href', '/tags/日本語');
    await expect(list.getByRole('link')).toHaveCount(14); // with 日本語, `writing` (the showcase) and `rollups`, `diagrams` (the picture post)
  });

  test('a tag page lists its posts newest first', async ({ page }) => {
    const response = await page.goto('/tags/layer-2-solutions');
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText('Posts tagged “Layer 2 Solutions”');
    await expect(page.locator('article[data-post] h2')).toHaveText([
      /Unlocking the Potential of Blockchain Scalability/,
      'Layer 2 Solutions: Scaling the Blockchain',
      /日本語で読む/,
    ]);
  });
});

test.describe('archive', () => {
  test('groups posts by year and month with counts, newest first', async ({ page }) => {
    await page.goto('/archive');
    await expect(page.getByRole('heading', { level: 2, name: /2024/ })).toContainText('(4 posts)');
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['July (1 post)', 'May (1 post)', 'April (2 posts)', 'March (1 post)']);
    const links = page.locator('#main section ul a');
    await expect(links).toHaveText([/Unlocking the Potential/, 'Layer 2 Solutions: Scaling the Blockchain', 'Rollups in Pictures', /日本語で読む/, 'Writing Beyond Plain Markdown']);
  });

  test('a filtered URL shows only matching posts; clearing it shows all', async ({ page }) => {
    await page.goto('/archive?tags=plasma');
    const filtered = page.getByRole('region', { name: 'Filtered posts' });
    await expect(filtered.getByRole('link')).toHaveText(['Layer 2 Solutions: Scaling the Blockchain']);
    await expect(page.getByRole('status')).toContainText('1 post tagged Plasma');
    await expect(page.getByRole('button', { name: /Plasma/ })).toHaveAttribute('aria-pressed', 'true');

    // Adding a second tag widens the result to posts with either tag.
    await page.getByRole('button', { name: /Blockchain Scalability/ }).click();
    await expect(page).toHaveURL(/\?tags=plasma%2Cblockchain-scalability$|\?tags=plasma,blockchain-scalability$/);
    await expect(filtered.getByRole('link')).toHaveCount(2);

    await page.getByRole('button', { name: 'Clear filter' }).click();
    await expect(page).toHaveURL(/\/archive$/);
    await expect(filtered).toHaveCount(0);
    await expect(page.locator('#main section ul a')).toHaveCount(5);
  });

  test('choosing a tag chip puts the filter in the URL, and reload keeps it', async ({ page }) => {
    await page.goto('/archive');
    await page.getByRole('button', { name: /Sidechains/ }).click();
    await expect(page).toHaveURL(/tags=sidechains/);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Filtered posts' }).getByRole('link')).toHaveText([
      'Layer 2 Solutions: Scaling the Blockchain',
    ]);
    await page.goBack();
  });

  test('without JavaScript the chips are links to the tag pages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/archive?tags=plasma');
    await expect(page.getByRole('link', { name: /^Plasma/ })).toHaveAttribute('href', '/tags/plasma');
    await context.close();
  });
});

test.describe('navigation', () => {
  test('the header links reach posts, tags and archive; titles open posts', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Tags' }).click();
    await expect(page).toHaveURL(/\/tags$/);
    await page.getByRole('link', { name: 'plasma (1)' }).click();
    await expect(page).toHaveURL(/\/tags\/plasma$/);
    await page.getByRole('link', { name: 'Layer 2 Solutions: Scaling the Blockchain' }).click();
    await expect(page).toHaveURL(new RegExp(`${SCALING}$`));
    await expect(page.locator('h1')).toHaveText('Layer 2 Solutions: Scaling the Blockchain');
    await nav.getByRole('link', { name: 'Archive' }).click();
    await expect(page.locator('h1')).toHaveText('Archive');
    await nav.getByRole('link', { name: 'Posts' }).click();
    await expect(page.locator('h1')).toHaveText('Latest posts');
  });
});

test.describe('404', () => {
  for (const path of ['/posts/no-such-post', '/tags/no-such-tag', '/tags/no-such-tag2', '/no/such/page']) {
    test(`${path} answers 404 with the designed page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('This page does not exist');
      await expect(page.getByRole('link', { name: 'Latest posts' })).toHaveAttribute('href', '/');
    });
  }
});

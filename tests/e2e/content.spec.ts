import { expect, test } from '@playwright/test';

const UNLOCKING = '/posts/layer-2-solutions-unlocking-the-potential-of-blockchain-scalability';
const SCALING = '/posts/layer-2-solutions-scaling-the-blockchain';

test('the garbled seed post shows repaired emoji and a single h1', async ({ page }) => {
  await page.goto(UNLOCKING);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('Layer 2 Solutions: Unlocking the Potential of Blockchain Scalability 🔓');
  await expect(page).toHaveTitle(/Unlocking the Potential of Blockchain Scalability 🔓/);
  const body = page.locator('.prose');
  await expect(body).toContainText('Hello, fellow innovators and thought leaders! 🙌');
  await expect(body).toContainText('Security 🔒');
  await expect(body).toContainText('Decentralization 🌐');
  await expect(body).toContainText('Finance 🏦');
  await expect(body).toContainText('together! 🤝');
  await expect(page.locator('body')).not.toContainText('ğŸ');
  // Its tags are merged with the other post's spellings.
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'layer 2 solutions' })).toHaveAttribute(
    'href',
    '/tags/layer-2-solutions',
  );
});

test('the image placeholder renders as the drawn illustration with its description as alt text', async ({ page }) => {
  await page.goto(SCALING);
  await expect(page.locator('body')).not.toContainText('[Insert');
  const image = page.getByRole('img', { name: /A visual representation of a Layer 2 solution/ });
  await image.scrollIntoViewIfNeeded();
  await expect(image).toBeVisible();
  // Served like any image: a copy of public/illustrations/…-1.svg under a content-hashed name, sized.
  await expect(image).toHaveAttribute('src', /^\/_img\/layer-2-solutions-scaling-the-blockchain-[0-9a-f]{12}\.svg$/);
  await expect(image).toHaveAttribute('width', '960');
  // The SVG really loaded and has its intrinsic size.
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(960);
  const svg = await page.request.get((await image.getAttribute('src')) ?? '');
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain('Layer 1');
});

test('summaries in lists are plain text from the first paragraph, repaired, without the salutation', async ({ page }) => {
  await page.goto('/');
  const card = page.locator('article[data-post="layer-2-solutions-unlocking-the-potential-of-blockchain-scalability"]');
  await expect(card).toContainText('As a seasoned blockchain and digital assets strategist');
  await expect(card).not.toContainText('Hello, fellow innovators');
  await expect(card).not.toContainText('#');
});

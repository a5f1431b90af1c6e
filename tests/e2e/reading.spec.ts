import { expect, test, type Page } from '@playwright/test';
import { PAGE_SIZE } from '../../lib/content/pagination';

const SCALING = '/posts/layer-2-solutions-scaling-the-blockchain';

/** Post addresses in date order (newest first), as the home page and its later pages list them. */
async function allPostUrls(page: Page): Promise<string[]> {
  const urls: string[] = [];
  let next: string | null = '/';
  while (next) {
    await page.goto(next);
    urls.push(...(await page.locator('article[data-post] h2 a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))));
    next = await page.locator('nav[aria-label="Pages of posts"] a[rel="next"]').getAttribute('href', { timeout: 500 }).catch(() => null);
  }
  return urls;
}

async function tagsOf(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  return page.getByRole('list', { name: 'Tags', exact: true }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test.describe('post reading aids', () => {
  test('shows reading time and word count beside the date', async ({ page }) => {
    await page.goto(SCALING);
    const meta = page.locator('article header p').filter({ has: page.locator('time') });
    await expect(meta.locator('time')).toBeVisible();
    await expect(meta).toContainText(/\d+ min read/);
    await expect(meta).toContainText(/\d[\d,]* words/);
  });

  test('the contents beside the text link to every H2/H3 and scroll to it', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 800 });
    await page.goto(SCALING);
    const headings = page.locator('#post-body :is(h2, h3)');
    const ids = await headings.evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.length).toBeGreaterThan(1);
    // Emoji-led headings still get clean ids.
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);

    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    await expect(toc).toHaveCount(1); // the narrow-screen copy is not displayed
    const links = toc.getByRole('link');
    await expect(links).toHaveCount(ids.length);
    expect(await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')))).toEqual(ids.map((id) => `#${id}`));

    const last = ids.at(-1) ?? '';
    await expect(page.locator(`[id="${last}"]`)).not.toBeInViewport();
    await links.last().click();
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    await expect(page.locator(`[id="${last}"]`)).toBeInViewport();
    // Sticky: still on screen after scrolling down.
    await expect(toc).toBeInViewport();
  });

  test('on a phone the contents are a collapsed list above the text', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(SCALING);
    const toc = page.getByRole('navigation', { name: 'Table of contents' });
    await expect(toc).toHaveCount(1);
    await expect(toc.getByRole('link').first()).toBeHidden();
    await toc.getByText('Contents').click();
    const target = await toc.getByRole('link').nth(1).getAttribute('href');
    await toc.getByRole('link').nth(1).click();
    await expect(page.locator(`[id="${target?.slice(1)}"]`)).toBeInViewport();
  });

  test('previous and next posts follow the date order', async ({ page }) => {
    const urls = await allPostUrls(page);
    expect(urls.length).toBeGreaterThan(1);
    for (const [index, url] of urls.slice(0, 4).entries()) {
      await page.goto(url);
      const nav = page.getByRole('navigation', { name: 'Previous and next posts' });
      const newer = urls[index - 1];
      const older = urls[index + 1];
      if (newer) await expect(nav.getByRole('link', { name: /Next post/ })).toHaveAttribute('href', newer);
      else await expect(nav.getByRole('link', { name: /Next post/ })).toHaveCount(0);
      if (older) await expect(nav.getByRole('link', { name: /Previous post/ })).toHaveAttribute('href', older);
      else await expect(nav.getByRole('link', { name: /Previous post/ })).toHaveCount(0);
    }
    // And following them walks the list.
    await page.goto(urls[0] ?? '/');
    await page.getByRole('link', { name: /Previous post/ }).click();
    await expect(page).toHaveURL(new RegExp(`${urls[1]}$`));
  });

  test('related posts share tags, most shared first, never the post itself', async ({ page }) => {
    const own = await tagsOf(page, SCALING);
    const related = page.getByRole('region', { name: 'Related posts' }).getByRole('link');
    const urls = await related.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).not.toContain(SCALING);
    const shared: number[] = [];
    for (const url of urls) shared.push((await tagsOf(page, url)).filter((tag) => own.includes(tag)).length);
    for (const count of shared) expect(count).toBeGreaterThan(0);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });
});

test.describe('theme', () => {
  test('follows the system until the reader picks; the toggle cycles light, dark, system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const html = page.locator('html');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect(html).not.toHaveAttribute('data-theme', /.*/);
    const darkSystem = await background();

    const toggle = page.getByRole('button', { name: /theme/i });
    await expect(toggle).toHaveAccessibleName(/Switch to light theme/);
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await background()).not.toBe(darkSystem);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');

    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    expect(await background()).toBe(darkSystem);

    await toggle.click();
    await expect(html).not.toHaveAttribute('data-theme', /.*/);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await expect(toggle).toHaveAccessibleName(/Theme: system/);
  });

  test('a saved choice survives navigation and applies before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // Records when the saved theme reaches <html>, to compare with the first paint's rendering time.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.documentElement?.dataset.theme) return;
        (window as unknown as { themeSetAt: number }).themeSetAt = performance.now();
        observer.disconnect();
      }).observe(document, { attributes: true, childList: true, subtree: true });
    });
    await page.goto('/');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
    await page.getByRole('button', { name: /theme/i }).click(); // dark: the first click leaves the light system

    // A slow phone's CPU: a theme applied after the first paint would show the light page first.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(SCALING);
    const timing = await page.evaluate(async () => {
      const paint = await new Promise<PerformanceEntry>((resolve) =>
        new PerformanceObserver((list, observer) => {
          const first = list.getEntriesByName('first-paint')[0];
          if (first) { observer.disconnect(); resolve(first); }
        }).observe({ type: 'paint', buffered: true }),
      );
      return { themeSetAt: (window as unknown as { themeSetAt?: number }).themeSetAt, paintTime: (paint as PerformanceEntry & { paintTime: number }).paintTime };
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(timing.themeSetAt).toBeDefined();
    expect(timing.themeSetAt).toBeLessThan(timing.paintTime);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: /theme/i })).toHaveAccessibleName(/Theme: dark/);
  });
});

test.describe('search', () => {
  test('a Search link in the header of every page opens the search page, ready to type, and gives a shareable address', async ({ page }) => {
    for (const path of ['/', '/tags', '/archive', SCALING]) {
      await page.goto(path);
      await expect(page.locator('header').getByRole('link', { name: 'Search' })).toBeVisible();
      // No text field outside the search page (BENCHMARKS.md: one costs every page's first paint).
      await expect(page.getByRole('searchbox')).toHaveCount(0);
    }
    await page.locator('header').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search$/);
    const box = page.locator('#main').getByRole('searchbox', { name: 'Search posts' });
    await expect(box).toBeFocused();
    await page.keyboard.type('sidechains');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=sidechains$/);
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible({ timeout: 60_000 });
    await expect(box).toHaveValue('sidechains');
    await expect(box).not.toBeFocused();
  });

  test('finds posts by body text with the match highlighted in an excerpt', async ({ page }) => {
    await page.goto('/search?q=plasma');
    await expect(page.locator('#main').getByRole('searchbox', { name: 'Search posts' })).toHaveValue('plasma');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/plasma/i);
    await expect(page.getByRole('status')).toContainText(/match “plasma”|matches “plasma”/);
    // Every hit is a real post page that mentions the word.
    const href = await results.getByRole('link').first().getAttribute('href');
    expect(href).toMatch(/^\/posts\/[a-z0-9-]+$/);
    const response = await page.goto(href ?? '/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('article')).toContainText(/plasma/i);
  });

  test('finds a post by its title words and tags', async ({ page }) => {
    await page.goto('/search?q=trilemma');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('heading')).toHaveCount(1);
    await page.goto('/search?q=lightning');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  });

  test('says so when nothing matches, and does not load the index before a search', async ({ page }) => {
    const indexRequests: string[] = [];
    page.on('request', (request) => request.url().includes('/pagefind/') && indexRequests.push(request.url()));
    await page.goto(SCALING);
    await page.goto('/search');
    await expect(page.getByText('Type a word or two')).toBeVisible();
    expect(indexRequests).toEqual([]);
    await page.goto('/search?q=zqxjvwk');
    await expect(page.getByRole('status')).toHaveText('No posts match “zqxjvwk”.');
    await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
    expect(indexRequests.length).toBeGreaterThan(0);
  });

  test('a query is shown as text, never run as markup', async ({ page }) => {
    let dialog = false;
    page.on('dialog', (opened) => {
      dialog = true;
      void opened.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
    expect(dialog).toBe(false);
  });
});

test.describe('pagination', () => {
  async function totalPosts(page: Page): Promise<number> {
    await page.goto('/archive');
    const text = (await page.locator('h1 + div').textContent()) ?? '';
    return Number(/(\d+) posts?/.exec(text)?.[1]);
  }

  test('list pages hold PAGE_SIZE posts each, with rel prev/next links between them', async ({ page }) => {
    const total = await totalPosts(page);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const seen = new Set<string>();
    for (let number = 1; number <= pages; number++) {
      const url = number === 1 ? '/' : `/page/${number}`;
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      const cards = page.locator('article[data-post]');
      await expect(cards).toHaveCount(number < pages ? PAGE_SIZE : total - PAGE_SIZE * (pages - 1));
      for (const slug of await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post') ?? ''))) seen.add(slug);
      const prev = number === 2 ? '/' : `/page/${number - 1}`;
      if (number > 1) await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', prev);
      else await expect(page.locator('link[rel="prev"]')).toHaveCount(0);
      if (number < pages) await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', `/page/${number + 1}`);
      else await expect(page.locator('link[rel="next"]')).toHaveCount(0);
    }
    expect(seen.size).toBe(total);
  });

  test('page 1 lives only at the base address; pages out of range are 404', async ({ page }) => {
    const total = await totalPosts(page);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const tag = await page.goto('/tags').then(() => page.getByRole('list', { name: 'All tags' }).getByRole('link').first().getAttribute('href'));
    const tagPages = await page.goto(tag ?? '/tags').then(async () => {
      const text = (await page.locator('h1 + div').textContent()) ?? '';
      return Math.max(1, Math.ceil(Number(/(\d+) posts?/.exec(text)?.[1]) / PAGE_SIZE));
    });
    const missing = [
      '/page/1',
      '/page/0',
      '/page/-1',
      '/page/02',
      '/page/abc',
      `/page/${pages + 1}`,
      '/archive/page/1',
      `/archive/page/${pages + 1}`,
      `${tag}/page/1`,
      `${tag}/page/${tagPages + 1}`,
      '/tags/no-such-tag/page/2',
    ];
    for (const path of missing) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1')).toHaveText('This page does not exist');
    }
  });

  test('the archive tag filter covers every page, not only the current one', async ({ page }) => {
    await page.goto('/tags');
    const first = page.getByRole('list', { name: 'All tags' }).getByRole('link').first();
    const label = (await first.textContent()) ?? '';
    const count = Number(/\((\d+)\)/.exec(label)?.[1]);
    const slug = (await first.getAttribute('href'))?.split('/').pop() ?? '';
    await page.goto(`/archive?tags=${slug}`);
    await expect(page.getByRole('region', { name: 'Filtered posts' }).getByRole('link')).toHaveCount(count);
    await expect(page.getByRole('navigation', { name: 'Pages of the archive' })).toHaveCount(0);
  });
});

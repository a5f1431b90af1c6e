import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { absoluteUrl } from '../../lib/site/config';
import { assertNewestFirst, assertNoRelativeUrls, categoryNames, parseJsonFeed, parseXmlFeed } from '../support/feed-checks';
import { pngSize } from '../support/png';

const SCALING = '/posts/layer-2-solutions-scaling-the-blockchain';
const UNLOCKING = '/posts/layer-2-solutions-unlocking-the-potential-of-blockchain-scalability';
const UNLOCKING_TITLE = 'Layer 2 Solutions: Unlocking the Potential of Blockchain Scalability 🔓';

/** The site path of one of the build's absolute URLs (they use SITE_URL, the server runs elsewhere). */
function sitePath(url: string): string {
  expect(url.startsWith(absoluteUrl('/'))).toBe(true);
  const parsed = new URL(url);
  // Compared decoded: the sitemap and feeds percent-encode `/tags/日本語`, page links may not.
  return decodeURI(parsed.pathname) + parsed.search;
}

async function fetchText(request: APIRequestContext, path: string, contentType: RegExp): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toMatch(contentType);
  return response.text();
}

/** The posts and tags a reader can reach from the archive and the tag index. */
async function publicRoutes(page: Page): Promise<{ posts: string[]; tags: string[] }> {
  await page.goto('/archive');
  // The year sections only: before hydration the tag filter's chips are links in a section too.
  const posts = await page.locator('#main section[aria-labelledby^="year-"] ul a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  await page.goto('/tags');
  const tags = await page.getByRole('list', { name: 'All tags' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return { posts, tags };
}

test.describe('feeds', () => {
  test('RSS, Atom and JSON Feed parse and hold every post, newest first, with absolute links and full HTML', async ({ page, request }) => {
    const { posts } = await publicRoutes(page);
    const rss = await parseXmlFeed(await fetchText(request, '/feed.xml', /^application\/rss\+xml/));
    const atom = await parseXmlFeed(await fetchText(request, '/atom.xml', /^application\/atom\+xml/));
    const json = parseJsonFeed(await fetchText(request, '/feed.json', /^application\/feed\+json/));

    for (const links of [rss.items.map((item) => item.link ?? ''), atom.items.map((item) => item.link ?? ''), json.items.map((item) => item.url)]) {
      expect(links.map(sitePath)).toEqual(posts); // the archive is newest first too
    }
    assertNewestFirst(rss.items.map((item) => item.pubDate));
    assertNewestFirst(atom.items.map((item) => item.isoDate));
    assertNewestFirst(json.items.map((item) => item.date_published));
    expect(rss.items[0]?.title).toBe(UNLOCKING_TITLE);
    expect(atom.items[0]?.title).toBe(UNLOCKING_TITLE);
    expect(json.items[0]?.title).toBe(UNLOCKING_TITLE);
    expect(categoryNames(rss.items[1]!)).toContain('Plasma');
    expect(json.items[1]?.tags).toContain('Plasma');

    const html = String(rss.items[1]?.['content:encoded']);
    expect(html).toContain('<strong>Lightning Network</strong>');
    expect(html).toContain(`href="${absoluteUrl(SCALING)}#`);
    assertNoRelativeUrls(html);
    json.items.forEach((item) => assertNoRelativeUrls(item.content_html));
  });

  test('every item link opens its post', async ({ request }) => {
    const rss = await parseXmlFeed(await fetchText(request, '/feed.xml', /xml/));
    for (const item of rss.items) {
      const response = await request.get(sitePath(item.link ?? ''));
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('<h1');
    }
  });

  test('each tag has a feed with exactly its posts', async ({ page, request }) => {
    const { tags } = await publicRoutes(page);
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) {
      const feed = await parseXmlFeed(await fetchText(request, `${tag}/feed.xml`, /^application\/rss\+xml/));
      await page.goto(tag);
      const listed = await page.locator('article[data-post] h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(feed.items.map((item) => sitePath(item.link ?? '')), tag).toEqual(listed);
      expect(sitePath(feed.link ?? '')).toBe(tag);
    }
    expect((await request.get('/tags/no-such-tag/feed.xml')).status()).toBe(404);
  });
});

test.describe('sitemap and robots', () => {
  test('the sitemap lists exactly the public pages, each reachable, dated by content', async ({ page, request }) => {
    const xml = await fetchText(request, '/sitemap.xml', /xml/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as { urlset: { url: { loc: string; lastmod?: string }[] } };
    const entries = parsed.urlset.url;
    const { posts, tags } = await publicRoutes(page);
    expect(entries.map((entry) => sitePath(entry.loc)).sort()).toEqual(['/', '/tags', '/archive', ...posts, ...tags].sort());

    for (const entry of entries) {
      expect((await request.get(sitePath(entry.loc))).status(), entry.loc).toBe(200);
      expect(entry.lastmod, entry.loc).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    // A post's lastmod is its own date (no `updated` in the seeds), not the build time.
    await page.goto(SCALING);
    const published = await page.locator('article time').first().getAttribute('datetime');
    expect(entries.find((entry) => entry.loc === absoluteUrl(SCALING))?.lastmod).toBe(published);
  });

  test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
    const robots = await fetchText(request, '/robots.txt', /^text\/plain/);
    expect(robots).toMatch(/User-Agent: \*\s+Allow: \//i);
    expect(robots).not.toMatch(/Disallow: \//);
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
  });
});

async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first().getAttribute('content');
}

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => [JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[]].flat());
}

async function expectPng(request: APIRequestContext, url: string | null): Promise<void> {
  expect(url).toBeTruthy();
  const response = await request.get(sitePath(url!));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
}

async function expectSiteFeedLinks(page: Page): Promise<void> {
  for (const [type, path] of [
    ['application/rss+xml', '/feed.xml'],
    ['application/atom+xml', '/atom.xml'],
    ['application/feed+json', '/feed.json'],
  ]) {
    await expect(page.locator(`head link[rel="alternate"][type="${type}"][href="${absoluteUrl(path!)}"]`)).toHaveCount(1);
  }
}

test.describe('metadata and structured data', () => {
  test('a post has its title, summary, canonical, article OpenGraph, card, share image and JSON-LD', async ({ page, request }) => {
    await page.goto(UNLOCKING);
    const heading = (await page.locator('h1').textContent()) ?? '';
    expect(heading).toBe(UNLOCKING_TITLE);
    await expect(page).toHaveTitle(`${UNLOCKING_TITLE} · Ledger Notes`);
    const description = await meta(page, 'description');
    expect(description).toMatch(/^As a seasoned blockchain/);
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl(UNLOCKING));
    expect(await meta(page, 'og:type')).toBe('article');
    expect(await meta(page, 'og:url')).toBe(absoluteUrl(UNLOCKING));
    expect(await meta(page, 'article:published_time')).toMatch(/^2024-07-14T/);
    await expect(page.locator('head meta[property="article:tag"]')).toHaveCount(5);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    await expectSiteFeedLinks(page);

    const ogImage = await meta(page, 'og:image');
    expect(ogImage?.startsWith(absoluteUrl('/_img/card-'))).toBe(true);
    expect(await meta(page, 'twitter:image')).toBe(ogImage);
    await expectPng(request, ogImage);

    const data = await jsonLd(page);
    const posting = data.find((item) => item['@type'] === 'BlogPosting');
    expect(posting).toMatchObject({
      headline: heading,
      description,
      url: absoluteUrl(UNLOCKING),
      image: ogImage,
      author: [{ '@type': 'Person', name: 'Ledger Notes editors' }],
    });
    expect(posting?.datePublished).toMatch(/^2024-07-14T/);
    expect(posting?.dateModified).toBe(posting?.datePublished);
    expect(posting?.keywords).toContain('Blockchain Scalability');
    const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList')?.itemListElement as { position: number; item: string }[];
    expect(crumbs.map((crumb) => crumb.position)).toEqual([1, 2, 3]);
    expect(crumbs.at(-1)?.item).toBe(absoluteUrl(UNLOCKING));
  });

  test('a tag page advertises its own feed, has a canonical, the default share image and a breadcrumb', async ({ page, request }) => {
    await page.goto('/tags/plasma');
    await expect(page).toHaveTitle('Posts tagged “Plasma” · Ledger Notes');
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', absoluteUrl('/tags/plasma'));
    await expectSiteFeedLinks(page);
    const tagFeed = page.locator(`head link[rel="alternate"][type="application/rss+xml"][href="${absoluteUrl('/tags/plasma/feed.xml')}"]`);
    await expect(tagFeed).toHaveAttribute('title', /Plasma/);
    expect(await meta(page, 'og:type')).toBe('website');
    await expectPng(request, await meta(page, 'og:image'));
    const crumbs = (await jsonLd(page)).find((item) => item['@type'] === 'BreadcrumbList')?.itemListElement as { name: string; item: string }[];
    expect(crumbs.map((crumb) => crumb.name)).toEqual(['Home', 'Tags', 'Plasma']);
    expect(crumbs.map((crumb) => crumb.item)).toEqual(['/', '/tags', '/tags/plasma'].map(absoluteUrl));
  });

  test('every page advertises the site feeds and a canonical of its own', async ({ page }) => {
    for (const path of ['/', '/tags', '/archive', SCALING]) {
      await page.goto(path);
      await expectSiteFeedLinks(page);
      // Next writes the root as `http://host` without the slash: the same URL.
      const canonical = await page.locator('head link[rel="canonical"]').getAttribute('href');
      expect(new URL(canonical ?? '').href).toBe(absoluteUrl(path));
      expect(await meta(page, 'description')).toBeTruthy();
    }
    await expect(page.locator('head title')).toHaveCount(1);
  });

  test('the 404 page is not indexed and claims no canonical', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle('Page not found · Ledger Notes');
    expect(await meta(page, 'robots')).toMatch(/noindex/);
    await expect(page.locator('head link[rel="canonical"]')).toHaveCount(0);
  });

  test('every post names a share image that is served, each post its own; the site has one too', async ({ page, request }) => {
    const { posts } = await publicRoutes(page);
    const images = new Set<string>();
    for (const post of posts) {
      await page.goto(post);
      const image = (await meta(page, 'og:image')) ?? '';
      images.add(image);
      // A post with a cover shares the cover's JPEG crop (core.spec.ts); every other post its PNG card.
      if (image.endsWith('.jpg')) expect((await request.get(sitePath(image))).headers()['content-type']).toBe('image/jpeg');
      else await expectPng(request, image);
    }
    expect(images.size).toBe(posts.length);
    await expectPng(request, absoluteUrl('/share-image.png'));
    expect((await request.get('/posts/no-such-post/share-image.png')).status()).toBe(404);
  });
});

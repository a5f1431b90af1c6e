import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createContentStore } from '../../../lib/content/store';
import { sourceDoc } from '../../support/source-doc';
import { buildFeed, feedResponse, renderFeed, toJsonFeed11 } from '../../../lib/seo/feeds';
import { absoluteUrl } from '../../../lib/site/config';
import { type ParsedFeed, assertNewestFirst, categoryNames, assertNoRelativeUrls, htmlTextOf, parseJsonFeed, parseXmlFeed } from '../../support/feed-checks';

const TRICKY_TITLE = 'Fees & <Gas> "limits" ]]> rollups 🔓';
const store = createContentStore(
  [
    sourceDoc('older', { date: '2023-03-01T00:00:00.000Z', tags: 'plasma' }),
    sourceDoc('tricky', {
      date: '2024-06-01T00:00:00.000Z',
      title: TRICKY_TITLE,
      summary: 'A & B < C',
      tags: 'plasma, Fees & Gas',
      body: {
        html: '<h2 id="h">Head<a href="#h">#</a></h2><p><a href="/posts/older">older</a> <img src="/illustrations/x-1.svg" alt=""> <a href="https://example.org/">out</a> ]]> done</p>',
      },
    }),
    sourceDoc('middle', { date: '2024-02-01T00:00:00.000Z', tags: 'sidechains' }),
    sourceDoc('secret', { date: '2025-01-01T00:00:00.000Z', tags: 'plasma', draft: true, title: 'Secret draft' }),
  ],
  'production',
);
const posts = store.getLatestPosts(50);
const siteFeed = buildFeed(posts, { kind: 'site' });

describe('site feeds', () => {
  it('RSS 2.0 is well-formed, newest first, without drafts, titles escaped', async () => {
    const feed = await parseXmlFeed(renderFeed(siteFeed, 'rss'));
    assert.equal(feed.items.length, 3);
    assert.deepEqual(feed.items.map((item) => htmlTextOf(item.title)), [TRICKY_TITLE, 'Title of middle', 'Title of older']);
    assertNewestFirst(feed.items.map((item) => item.pubDate));
    assert.equal(feed.items[0]?.link, absoluteUrl('/posts/tricky'));
    assert.deepEqual(categoryNames(feed.items[0]!), ['Plasma', 'Fees & Gas']);
    assert.ok(!JSON.stringify(feed).includes('Secret draft'));
  });

  it('carries the full HTML with absolute URLs, and content survives a "]]>"', async () => {
    const feed = await parseXmlFeed(renderFeed(siteFeed, 'rss'));
    const html = String(feed.items[0]?.['content:encoded']);
    assertNoRelativeUrls(html);
    assert.match(html, new RegExp(`href="${absoluteUrl('/posts/tricky')}#h"`));
    assert.match(html, new RegExp(`href="${absoluteUrl('/posts/older')}"`));
    assert.match(html, new RegExp(`src="${absoluteUrl('/illustrations/x-1.svg')}"`));
    assert.match(html, /href="https:\/\/example.org\/"/);
    assert.match(html, /\]\]&gt; done|\]\]> done/);
    assert.equal(htmlTextOf(feed.items[0]?.contentSnippet), 'A & B < C');
  });

  it('Atom 1.0 is well-formed with ids, links, dates and escaped titles', async () => {
    const xml = renderFeed(siteFeed, 'atom');
    assert.match(xml, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const feed = await parseXmlFeed(xml);
    assert.deepEqual(feed.items.map((item) => htmlTextOf(item.title)), [TRICKY_TITLE, 'Title of middle', 'Title of older']);
    assert.deepEqual(feed.items.map((item) => item.id), ['tricky', 'middle', 'older'].map((slug) => absoluteUrl(`/posts/${slug}`)));
    assertNewestFirst(feed.items.map((item) => item.isoDate));
    assertNoRelativeUrls(String(feed.items[0]?.content));
  });

  it('JSON Feed 1.1 has the same items, summaries and tags', () => {
    const feed = parseJsonFeed(toJsonFeed11(siteFeed));
    assert.deepEqual(feed.items.map((item) => item.title), [TRICKY_TITLE, 'Title of middle', 'Title of older']);
    assert.equal(feed.items[0]?.summary, 'A & B < C');
    assert.deepEqual(feed.items[0]?.tags, ['Plasma', 'Fees & Gas']);
    assertNewestFirst(feed.items.map((item) => item.date_published));
    assertNoRelativeUrls(feed.items[0]?.content_html ?? '');
  });

  it('dates the feed by its newest post, never by the build time', async () => {
    const feed = await parseXmlFeed(renderFeed(siteFeed, 'rss'));
    assert.equal((feed as ParsedFeed & { lastBuildDate?: string }).lastBuildDate, new Date('2024-06-01T00:00:00.000Z').toUTCString());
    assert.match(renderFeed(buildFeed([], { kind: 'site' }), 'rss'), /<lastBuildDate>Thu, 01 Jan 1970/);
  });

  it('serves each format with its media type', async () => {
    const response = feedResponse(siteFeed, 'json');
    assert.equal(response.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    assert.equal(feedResponse(siteFeed, 'atom').headers.get('content-type'), 'application/atom+xml; charset=utf-8');
    parseJsonFeed(await response.text());
  });
});

describe('tag feeds', () => {
  it('hold only the tag’s published posts, newest first, and link to the tag page', async () => {
    const tag = store.getTag('plasma');
    assert.ok(tag);
    const feed = await parseXmlFeed(renderFeed(buildFeed(store.getLatestPosts(50, tag.slug), { kind: 'tag', tag }), 'rss'));
    assert.deepEqual(feed.items.map((item) => htmlTextOf(item.title)), [TRICKY_TITLE, 'Title of older']);
    assert.equal(feed.link, absoluteUrl('/tags/plasma'));
    assert.match(feed.title ?? '', /Plasma/);
  });

  it('escape a tag label with markup characters', async () => {
    const tag = store.getTag('fees-and-gas');
    assert.equal(tag?.label, 'Fees & Gas');
    const feed = await parseXmlFeed(renderFeed(buildFeed(store.getLatestPosts(50, 'fees-and-gas'), { kind: 'tag', tag: tag! }), 'rss'));
    assert.match(feed.title ?? '', /Fees & Gas/);
  });
});

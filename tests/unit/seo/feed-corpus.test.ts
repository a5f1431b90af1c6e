import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { PostDocument } from '../../../lib/content/schema';
import { createContentStore } from '../../../lib/content/store';
import { sourceDoc } from '../../support/source-doc';
import { buildFeed, renderFeed, type FeedScope } from '../../../lib/seo/feeds';
import { textFacts } from '../../../lib/markdown/text-facts';
import { xmlChars } from '../../../lib/seo/feed-text';
import { absoluteUrl } from '../../../lib/site/config';
import { parseJsonFeed, parseXmlFeed } from '../../support/feed-checks';
import { renderPost } from '../../support/render';
import { HOSTILE_FEED_POSTS, hostileFeedMarkdown } from '../../support/hostile-feed-corpus';

// Every hostile post goes through the real pipeline (HTML, auto-excerpt) and the real schema into every feed.
async function corpusDocs(): Promise<PostDocument[]> {
  return Promise.all(
    HOSTILE_FEED_POSTS.map(async (post, index) => {
      const markdown = hostileFeedMarkdown(post);
      const front = parseYaml(markdown.split('---')[1] ?? '', { schema: 'core' }) as Record<string, unknown>;
      const doc = sourceDoc(post.name, {
        ...front,
        date: new Date(Date.UTC(2024, 0, 1 + index)).toISOString(),
        excerpt: textFacts(markdown).summary,
        body: { html: await renderPost(markdown, `${post.name}.md`) },
      });
      return doc;
    }),
  );
}
let store: ReturnType<typeof createContentStore>;
let posts: ReturnType<typeof store.getLatestPosts>;
const expectedLinks = [...HOSTILE_FEED_POSTS].reverse().map((post) => absoluteUrl(`/posts/${post.name}`));
const shownTitle = new Map(HOSTILE_FEED_POSTS.map((post) => [absoluteUrl(`/posts/${post.name}`), post.shownTitle]));

/** What a reader shows for an HTML field: its text, and the elements it would create. */
function asHtml(html: string): { text: string; elements: string[] } {
  const tree = fromHtml(html, { fragment: true }) as Root;
  const elements: string[] = [];
  visit(tree, 'element', (node) => void elements.push(node.tagName));
  return { text: toString(tree), elements };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'entry', 'link', 'title', 'category'].includes(name),
  processEntities: true,
});

type XmlItem = Record<string, unknown> & { link: unknown[]; title: unknown[] };

function scopes(): { name: string; scope: FeedScope; links: string[] }[] {
  return [
    { name: 'site', scope: { kind: 'site' }, links: expectedLinks },
    ...store.getAllTags().map((tag) => ({
      name: `tag ${tag.slug}`,
      scope: { kind: 'tag', tag } as FeedScope,
      links: store.getLatestPosts(100, tag.slug).map((post) => absoluteUrl(post.url)),
    })),
  ];
}

describe('hostile posts in every feed', () => {
  before(async () => {
    store = createContentStore(await corpusDocs(), 'production');
    posts = store.getLatestPosts(100);
  });

  it('runs the whole corpus (every post is published)', () => {
    assert.equal(posts.length, HOSTILE_FEED_POSTS.length);
    assert.ok(store.getAllTags().length >= 5);
  });

  it('RSS (the site and every tag) is well-formed, one item and one link per post, titles and summaries text only', async () => {
    for (const { name, scope, links } of scopes()) {
      const feed = buildFeed(store.getLatestPosts(100, scope.kind === 'tag' ? scope.tag.slug : undefined), scope);
      const rss = renderFeed(feed, 'rss');
      const parsed = await parseXmlFeed(rss);
      assert.equal(parsed.items.length, links.length, name);
      const items = (xml.parse(rss) as { rss: { channel: { item: XmlItem[] } } }).rss.channel.item;
      assert.deepEqual(items.map((item) => item.link), links.map((link) => [link]));
      for (const item of parsed.items) {
        const title = asHtml(item.title ?? '');
        assert.deepEqual(title.elements, [], `markup in the title of ${item.link}`);
        assert.equal(title.text, xmlChars(shownTitle.get(item.link ?? '') ?? ''));
        const summary = asHtml(String(item.content ?? ''));
        assert.deepEqual(summary.elements, [], `markup in the summary of ${item.link}`);
        const content = asHtml(String(item['content:encoded'] ?? ''));
        for (const element of ['script', 'img', 'svg', 'title', 'link']) assert.ok(!content.elements.includes(element), `<${element}> in ${item.link}`);
      }
    }
  });

  it('Atom is well-formed: one entry and one link per post, labels and titles as text', async () => {
    const atom = renderFeed(buildFeed(posts, { kind: 'site' }), 'atom');
    await parseXmlFeed(atom);
    const entries = (xml.parse(atom) as { feed: { entry: XmlItem[] } }).feed.entry;
    assert.deepEqual(
      entries.map((entry) => (entry.link as { '@_href': string }[]).map((link) => link['@_href'])),
      expectedLinks.map((link) => [link]),
    );
    for (const entry of entries) {
      const link = (entry.link[0] as { '@_href': string })['@_href'];
      const title = asHtml(String((entry.title[0] as { '#text': string })['#text']));
      assert.deepEqual(title.elements, []);
      assert.equal(title.text, xmlChars(shownTitle.get(link) ?? ''));
    }
    const labels = entries.flatMap((entry) => ((entry.category ?? []) as { '@_label': string }[]).map((category) => category['@_label']));
    // Labels as the site shows them (lib/content/tags.ts capitalises all-lowercase words).
    for (const label of ['A<b', 'X"y', 'R&D <3', '日本語']) assert.ok(labels.includes(label), `label ${label} in ${labels.join(' | ')}`);
  });

  it('JSON Feed carries the same posts with plain-text titles', () => {
    const feed = parseJsonFeed(renderFeed(buildFeed(posts, { kind: 'site' }), 'json'));
    assert.deepEqual(feed.items.map((item) => item.url), expectedLinks);
    for (const item of feed.items) assert.equal(xmlChars(item.title), xmlChars(shownTitle.get(item.url) ?? ''));
  });

  it('auto-excerpts are plain text: raw HTML in a first paragraph never reaches a summary', () => {
    const post = posts.find((candidate) => candidate.slug === 'img-excerpt');
    assert.equal(post?.summary, 'Hello world');
  });
});

import 'server-only';
import { Feed, type Item } from 'feed';
import { feedHtml } from './feed-html';
import type { Post } from '../content/types';
import { cdataHtml, htmlText, xmlAttribute, xmlChars } from './feed-text';
import { DEFAULT_SHARE_IMAGE, SITE_FEEDS, tagFeedPath, tagPath } from '../routes';
import { absoluteUrl, site } from '../site/config';
import { lastChange } from '../content/dates';
import type { Tag } from '../content/tags';

/** Feeds carry the latest posts only, so a feed stays small however many posts the site has. */
export const FEED_ITEM_LIMIT = 30;

export const feedTitles = {
  rss: `${site.name} (RSS)`,
  atom: `${site.name} (Atom)`,
  json: `${site.name} (JSON Feed)`,
  tag: (tag: Tag) => `${site.name}: posts tagged “${tag.label}” (RSS)`,
};

/** What one feed is about: the whole site, or one tag. */
export type FeedScope = { kind: 'site' } | { kind: 'tag'; tag: Tag };

// A post sits in the site feeds and several tag feeds: rewrite its HTML once per build.
const feedHtmlOf = new WeakMap<Post, string>();
function absoluteHtmlOf(post: Post, link: string): string {
  let html = feedHtmlOf.get(post);
  if (html === undefined) {
    html = feedHtml(post.html, link);
    feedHtmlOf.set(post, html);
  }
  return html;
}

// Each item names its authors: Atom <author>, JSON Feed `authors`, RSS <dc:creator> (renderFeed).
// Text fields stay plain text here (JSON Feed wants that); `renderFeed` escapes them for XML.
function toItem(post: Post): Item {
  const link = absoluteUrl(post.url);
  return {
    title: post.title,
    id: link,
    link,
    date: new Date(post.date),
    published: new Date(post.date),
    description: post.summary,
    content: absoluteHtmlOf(post, link),
    category: post.tags.map((tag) => ({ name: tag.label, term: tag.slug, domain: absoluteUrl(tagPath(tag.slug)) })),
    author: post.authors.map((author) => ({ name: author.name, ...(author.url ? { link: author.url } : {}) })),
  };
}

/**
 * The one feed builder behind /feed.xml, /atom.xml, /feed.json and every /tags/<tag>/feed.xml.
 * `posts` come from the content store: published only, newest first, already limited.
 */
export function buildFeed(posts: readonly Post[], scope: FeedScope): Feed {
  const isSite = scope.kind === 'site';
  const pagePath = isSite ? '/' : tagPath(scope.tag.slug);
  const feed = new Feed({
    id: absoluteUrl(pagePath),
    link: absoluteUrl(pagePath),
    title: xmlChars(isSite ? site.name : `${site.name}: ${scope.tag.label}`),
    description: xmlChars(isSite ? site.description : `Posts tagged “${scope.tag.label}” on ${site.name}.`),
    language: site.language,
    // An empty feed still needs a stable date: never the build time, which would change on every build.
    updated: new Date(lastChange(posts) ?? 0),
    generator: site.name,
    copyright: `© ${site.author}`,
    author: { name: site.author, link: absoluteUrl('/') },
    image: absoluteUrl(DEFAULT_SHARE_IMAGE),
    feedLinks: isSite
      ? { rss: absoluteUrl(SITE_FEEDS.rss), atom: absoluteUrl(SITE_FEEDS.atom), json: absoluteUrl(SITE_FEEDS.json) }
      : { rss: absoluteUrl(tagFeedPath(scope.tag.slug)) },
  });
  for (const post of posts) feed.addItem(toItem(post));
  return feed;
}

/**
 * JSON Feed 1.1: the `feed` package writes version 1, whose only differences that matter here are
 * the version URL, `authors` (1.1 deprecates `author`) and `language`.
 */
export function toJsonFeed11(feed: Feed): string {
  const data = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[] };
  const upgradeAuthor = (entry: Record<string, unknown>) => {
    if (entry.author) entry.authors = [entry.author];
  };
  upgradeAuthor(data);
  data.items.forEach(upgradeAuthor);
  // json1() keeps an item's first author only: 1.1 lists them all.
  data.items.forEach((entry, index) => {
    const authors = feed.items[index]?.author;
    if (authors?.length) entry.authors = authors.map((author) => ({ name: author.name, ...(author.link ? { url: author.link } : {}) }));
  });
  return JSON.stringify({ ...data, version: 'https://jsonfeed.org/version/1.1', language: feed.options.language }, null, 2);
}

export const FEED_CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

export type FeedFormat = keyof typeof FEED_CONTENT_TYPES;

// Atom category labels are attributes, where `feed` escapes only `&`: they go in as tokens (NUL never
// survives `xmlChars`) and come back escaped.
const LABEL_TOKEN = /\0(\d+)\0/g;

/** A copy of the feed whose text fields are escaped HTML and whose content cannot break out of CDATA. */
function forXml(feed: Feed, labels: string[] | undefined): Feed {
  const copy = new Feed(feed.options);
  for (const item of feed.items) {
    copy.addItem({
      ...item,
      title: htmlText(item.title),
      ...(item.description ? { description: htmlText(item.description) } : {}),
      ...(item.content ? { content: cdataHtml(item.content) } : {}),
      ...(item.author ? { author: item.author.map((author) => ({ ...author, name: htmlText(author.name ?? '') })) } : {}),
      category: item.category?.map((category) => ({
        ...category,
        name: labels ? `\0${labels.push(category.name ?? '') - 1}\0` : xmlChars(category.name ?? ''),
      })),
    });
  }
  return copy;
}

/** The document of a feed in one format: well-formed whatever the posts say. */
export function renderFeed(feed: Feed, format: FeedFormat): string {
  if (format === 'json') return toJsonFeed11(feed);
  // RSS's own <author> is an e-mail address: a name goes in Dublin Core's creator (the namespace is declared).
  if (format === 'rss') return forXml(feed, undefined).rss2().replace(/<author>([^<]*)<\/author>/g, '<dc:creator>$1</dc:creator>');
  const labels: string[] = [];
  return forXml(feed, labels).atom1().replace(LABEL_TOKEN, (_, index: string) => xmlAttribute(labels[Number(index)] ?? ''));
}

/** A feed as an HTTP response in one of the three formats. */
export function feedResponse(feed: Feed, format: FeedFormat): Response {
  return new Response(renderFeed(feed, format), { headers: { 'Content-Type': FEED_CONTENT_TYPES[format] } });
}

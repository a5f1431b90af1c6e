import assert from 'node:assert/strict';
import { XMLValidator } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import Parser from 'rss-parser';

export type ParsedFeed = Parser.Output<Record<string, unknown>>;

/** Fails unless `xml` is well-formed XML, then parses it as RSS or Atom with a real feed parser. */
export async function parseXmlFeed(xml: string): Promise<ParsedFeed> {
  const valid = XMLValidator.validate(xml);
  assert.equal(valid, true, `not well-formed XML: ${JSON.stringify(valid)}`);
  return new Parser().parseString(xml);
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  date_published: string;
  tags?: string[];
}

/** Checks the JSON Feed 1.1 fields every reader needs and returns the items. */
export function parseJsonFeed(text: string): { title: string; feed_url?: string; items: JsonFeedItem[] } {
  const feed = JSON.parse(text) as { version: string; title: string; feed_url?: string; items: JsonFeedItem[] };
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(typeof feed.title, 'string');
  assert.ok(Array.isArray(feed.items));
  for (const item of feed.items) {
    assert.equal(typeof item.id, 'string');
    assert.ok(item.content_html.length > 0, `item ${item.id} has no content`);
    assert.ok(!Number.isNaN(Date.parse(item.date_published)), `item ${item.id} has no date`);
  }
  return feed;
}

/** Every item date, newest first? */
export function assertNewestFirst(dates: readonly (string | undefined)[]): void {
  const times = dates.map((date) => Date.parse(date ?? ''));
  assert.ok(times.every((time) => !Number.isNaN(time)), `an item has no date: ${dates.join(', ')}`);
  assert.deepEqual(times, [...times].sort((a, b) => b - a), `items are not newest first: ${dates.join(', ')}`);
}

/** Relative URLs (`/…`, `#…`) left in feed HTML break in readers. */
export function assertNoRelativeUrls(html: string): void {
  const relative = html.match(/\s(?:href|src)="(?!https?:\/\/)[^"]*"/g);
  assert.equal(relative, null, `relative URLs in feed content: ${relative?.join(' ')}`);
}

/** rss-parser gives a category with attributes (RSS `domain`) as `{ _: text, $: attributes }`. */
export function categoryNames(item: Parser.Item): string[] {
  return ((item.categories ?? []) as unknown[]).map((category) =>
    typeof category === 'string' ? category : String((category as { _?: unknown })._ ?? ''),
  );
}

/** What a reader shows for a feed field read as HTML (RSS titles, Atom `type="html"`): its text. */
export function htmlTextOf(html: string | undefined): string {
  return toString(fromHtml(html ?? '', { fragment: true }));
}

import { site } from './site';
import { tagPath, type Tag } from './tags';

/** Where the feeds live; pages advertise these, the route handlers serve them. */
export const SITE_FEEDS = { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' } as const;

export function tagFeedPath(slug: string): string {
  return `${tagPath(slug)}/feed.xml`;
}

export const feedTitles = {
  rss: `${site.name} (RSS)`,
  atom: `${site.name} (Atom)`,
  json: `${site.name} (JSON Feed)`,
  tag: (tag: Tag) => `${site.name}: posts tagged “${tag.label}” (RSS)`,
};

/** Feeds carry the latest posts only, so a feed stays small however many posts the site has. */
export const FEED_ITEM_LIMIT = 30;

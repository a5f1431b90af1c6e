// Measures what discovery adds to a build: feeds, sitemap and share images for synthetic posts.
// Run: npx tsx --conditions=react-server scripts/bench/discovery.ts [posts=1000]; results are recorded in benchmarks/discovery.md.
import { performance } from 'node:perf_hooks';
import type { PostDocument } from '../../lib/content/schema';
import { createContentStore } from '../../lib/content/store';
import { FEED_ITEM_LIMIT } from '../../lib/seo/feeds';
import { buildFeed, renderFeed } from '../../lib/seo/feeds';
import { renderShareImage } from '../../lib/seo/share-image';
import { buildSitemap } from '../../lib/seo/sitemap';

const count = Number(process.argv[2] ?? 1000);
const paragraph = '<p>Rollups batch transactions off-chain; <a href="/posts/other">see also</a> and <a href="#top">top</a>.</p>';
const docs: PostDocument[] = Array.from({ length: count }, (_, i) => ({
  title: `Synthetic post ${i} about layer 2 & rollups 🔓`,
  date: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
  slug: `p${i}`,
  tags: [`tag-${i % 25}`, 'rollups'],
  draft: false,
  aliases: [],
  redirect_from: [],
  featured: false,
  unlisted: false,
  author: [],
  toc: [],
  excerpt: `Summary ${i}`,
  readingMinutes: 4,
  wordCount: 900,
  body: { html: paragraph.repeat(40) },
  _raw: { sourceFilePath: `posts/p${i}.md`, sourceFileName: `p${i}.md` },
}));

function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  return result;
}

async function main() {
  const store = createContentStore(docs, 'production');
  const feed = time(`site feed object (${FEED_ITEM_LIMIT} of ${count} posts)`, () => buildFeed(store.getLatestPosts(FEED_ITEM_LIMIT), { kind: 'site' }));
  const rss = time('rss2', () => renderFeed(feed, 'rss'));
  const atom = time('atom1', () => renderFeed(feed, 'atom'));
  const json = time('json feed 1.1', () => renderFeed(feed, 'json'));
  console.log(`sizes: rss ${(rss.length / 1024).toFixed(0)} KiB, atom ${(atom.length / 1024).toFixed(0)} KiB, json ${(json.length / 1024).toFixed(0)} KiB`);
  time(`all ${store.getAllTags().length} tag feeds (rss)`, () =>
    store.getAllTags().forEach((tag) => renderFeed(buildFeed(store.getLatestPosts(FEED_ITEM_LIMIT, tag.slug), { kind: 'tag', tag }), 'rss')),
  );
  const sitemap = time('sitemap entries', () => buildSitemap(store.getPublishedPosts(), store.getAllTags(), store.getPostsByTag));
  console.log(`sitemap: ${sitemap.length} URLs`);

  const first = performance.now();
  await renderShareImage({ title: 'Warm-up 🔓', subtitle: 'July 14, 2024' });
  console.log(`first share image (loads fonts): ${(performance.now() - first).toFixed(0)} ms`);
  const images = 10;
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < images; i++) {
    bytes += (await renderShareImage({ title: docs[i]!.title.repeat(1 + (i % 4)), subtitle: 'July 14, 2024' })).length;
  }
  const each = (performance.now() - start) / images;
  console.log(`share image: ${each.toFixed(0)} ms each, ${(bytes / images / 1024).toFixed(0)} KiB each; ${count} posts ≈ ${((each * count) / 1000).toFixed(0)} s`);
}

void main();

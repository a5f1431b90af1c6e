import { groupByMonth } from '../browser/archive-groups';
import { paginate, type Page } from './pagination';
import { isExternalUrl, isSafeFrontmatterUrl } from '../text/safe-url';
import { compareNewestFirst, isScheduled } from './dates';
import type { AdjacentPosts, ArchiveYear, Post, PostSummary, TagWithCount } from './types';
import { postPath, tagPath } from '../routes';
import { pickFields, type PostDocument } from './schema';
import { chooseTagLabel, tagSlug, type Tag } from './tags';
import { resolveAuthors, type Author } from './authors';

/** What the site config (lib/site/config.ts) says about authors and tags. */
export interface StoreOptions {
  authors?: Readonly<Record<string, Author>>;
  defaultAuthor?: Author;
  /** By a tag's own slug: the label to show, or another slug (a rename, or a merge into another tag) */
  tags?: Readonly<Record<string, { label?: string; slug?: string }>>;
  /** The moment of the build (milliseconds): a post dated after it is scheduled. Now, unless a test gives one. */
  now?: number;
}

export type ContentMode = 'production' | 'development';

/**
 * The one draft predicate: drafts, and posts dated after `now` (scheduled: `isScheduled`), exist only while
 * authors preview with `npm run dev`; a production build on or after a scheduled post's date publishes it.
 */
export function isVisible(doc: { draft?: boolean | undefined; date?: string | undefined }, mode: ContentMode, now: number = Date.now()): boolean {
  return mode === 'development' || (doc.draft !== true && !isScheduled(doc.date, now));
}

/** A post only `npm run dev` shows: a draft, or a scheduled post. It is in no list of others, featured or next. */
const heldBack = (post: { draft?: boolean | undefined; scheduled?: true | undefined }) => post.draft === true || post.scheduled === true;

function uniqueTagSlugs(doc: PostDocument, renames: StoreOptions['tags'] = {}): { slug: string; spelling: string }[] {
  const seen = new Set<string>();
  const result: { slug: string; spelling: string }[] = [];
  for (const spelling of doc.tags) {
    const own = tagSlug(spelling);
    const slug = (Object.hasOwn(renames, own) ? renames[own]?.slug : undefined) ?? own;
    // content:check rejects tags without letters; the store never invents a tag page for one.
    if (slug === '' || seen.has(slug)) continue;
    seen.add(slug);
    result.push({ slug, spelling });
  }
  return result;
}

export { groupByMonth };

/**
 * Related posts: most shared tags first, then newest. Posts sharing no tag, drafts, the
 * post itself and `exclude` (the previous and next posts, linked just above) never appear.
 */
export function rankRelated(
  post: PostSummary,
  candidates: readonly PostSummary[],
  limit: number,
  exclude: ReadonlySet<string> = new Set(),
): PostSummary[] {
  if (limit <= 0) return [];
  const tags = new Set(post.tags.map((tag) => tag.slug));
  const ranksBefore = (a: Ranked, b: Ranked) => b.shared - a.shared || compareNewestFirst(a.other, b.other);
  // One pass keeping the best few, in order, rather than sorting every candidate on every post
  // page (N log N each; 9.5 → 1.8 ms a call at 10,000 posts, BENCHMARKS.md).
  const best: Ranked[] = [];
  for (const other of candidates) {
    if (other.slug === post.slug || heldBack(other) || exclude.has(other.slug)) continue;
    let shared = 0;
    for (const tag of other.tags) if (tags.has(tag.slug)) shared += 1;
    if (shared === 0) continue;
    const entry = { other, shared };
    const last = best[best.length - 1];
    if (best.length === limit && last !== undefined && ranksBefore(entry, last) >= 0) continue;
    // After any equal entry, as a stable sort would leave it.
    let index = best.length;
    while (index > 0 && ranksBefore(entry, best[index - 1] as Ranked) < 0) index -= 1;
    best.splice(index, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map(({ other }) => other);
}

interface Ranked {
  other: PostSummary;
  shared: number;
}

/** Builds every lookup once from the generated documents: pages never filter or sort. */
export function createContentStore(docs: readonly PostDocument[], mode: ContentMode, options: StoreOptions = {}) {
  const now = options.now ?? Date.now();
  const visible = docs.filter((doc) => isVisible(doc, mode, now));
  const renames = options.tags ?? {};
  const profiles = options.authors ?? {};
  const fallback = options.defaultAuthor ?? { name: 'Anonymous' };

  const spellings = new Map<string, string[]>();
  for (const doc of visible) {
    for (const { slug, spelling } of uniqueTagSlugs(doc, renames)) {
      const names = spellings.get(slug);
      if (names) names.push(spelling);
      else spellings.set(slug, [spelling]);
    }
  }
  // A label the site config names wins over the authors' spellings.
  const labelOf = (slug: string, names: string[]) => (Object.hasOwn(renames, slug) ? renames[slug]?.label : undefined) ?? chooseTagLabel(names);
  const tagLabels = new Map([...spellings].map(([slug, names]) => [slug, labelOf(slug, names)]));

  const posts: Post[] = visible.map((doc) => {
    const slug = doc.slug;
    const tags: Tag[] = uniqueTagSlugs(doc, renames).map(({ slug: tag }) => ({ slug: tag, label: tagLabels.get(tag) ?? tag }));
    // The schema's fields pass through as they are; a new field needs no line here.
    const { tags: _tags, summary, description, canonical, link, cover: _cover, coverAlt: _coverAlt, coverCaption: _coverCaption, author, series, aliases: _aliases, redirect_from: _from, ...fields } = pickFields(doc);
    return {
      ...fields,
      authors: resolveAuthors(author ?? [], profiles, fallback, doc.authorPictures),
      series: (series ?? []).map((name) => ({ name, position: 0, posts: [] })),
      url: postPath(slug),
      summary: summary ?? description ?? doc.excerpt,
      tags,
      readingMinutes: doc.readingMinutes,
      wordCount: doc.wordCount,
      // An `.mdx` post's HTML is rendered at the content step (lib/markdown/mdx.ts).
      html: doc.html ?? doc.body.html ?? '',
      toc: doc.toc,
      // content:check rejects other URLs; the store never passes one to a page.
      ...(canonical && isSafeFrontmatterUrl(canonical) ? { canonical } : {}),
      ...(link && isExternalUrl(link) ? { link } : {}),
      sourcePath: doc._raw.sourceFilePath,
      // `cover:` as processed at the content step (lib/markdown/cover.ts), alt text included.
      ...(doc.coverImage ? { cover: doc.coverImage } : {}),
      ...(doc.shareCard ? { shareCard: doc.shareCard } : {}),
      // Only under `npm run dev`: a production build leaves it out (isVisible).
      ...(isScheduled(doc.date, now) ? { scheduled: true as const } : {}),
    };
  });
  posts.sort(compareNewestFirst);

  // An unlisted post has its page and nothing else: no list, tag page, feed, sitemap, series or neighbour
  // names it (lib/content/schema.ts, `unlisted`).
  const listedPosts = posts.filter((post) => !post.unlisted);

  // Series: each post knows its place and every post of each of its series, oldest first (published only).
  const seriesPosts = new Map<string, Post[]>();
  for (const post of [...listedPosts].reverse()) {
    for (const { name } of post.series) {
      const members = seriesPosts.get(name);
      if (members) members.push(post);
      else seriesPosts.set(name, [post]);
    }
  }
  for (const post of posts) {
    // An unlisted post is in no series: its page shows none, and no other post names it.
    post.series = post.unlisted
      ? []
      : post.series.map(({ name }) => {
          const members = seriesPosts.get(name) ?? [];
          const links = members.map((member) => ({ slug: member.slug, title: member.title, url: member.url }));
          return { name, position: members.indexOf(post) + 1, posts: links };
        });
  }

  // Lists carry no body, cover, series or author pictures: only the post page shows them.
  const summaries: PostSummary[] = listedPosts.map(({ html: _html, toc: _toc, canonical: _canonical, link: _link, sourcePath: _path, cover: _cover, series: _series, authors, ...summary }) => ({
    ...summary,
    authors: authors.map(({ avatar: _avatar, ...author }) => author),
  }));
  const featured = summaries.filter((post) => post.featured && !heldBack(post));
  const bySlug = new Map(posts.map((post) => [post.slug, post]));
  const byTag = new Map<string, PostSummary[]>();
  for (const post of summaries) {
    for (const tag of post.tags) {
      const tagged = byTag.get(tag.slug);
      if (tagged) tagged.push(post);
      else byTag.set(tag.slug, [post]);
    }
  }
  const tags: TagWithCount[] = [...byTag]
    .map(([slug, tagged]) => ({ slug, label: tagLabels.get(slug) ?? slug, count: tagged.length }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const tagsBySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  // An unlisted post shows the tags that have a page: a tag of unlisted posts alone has none.
  for (const post of posts) if (post.unlisted) post.tags = post.tags.filter((tag) => byTag.has(tag.slug));
  const tagAliases = tags.flatMap((tag) =>
    [...new Set([tag.label, ...(spellings.get(tag.slug) ?? [])].map((name) => name.trim().replace(/\s+/g, '-')))]
      .filter((alias) => alias !== tag.slug && /^[A-Za-z0-9-]+$/.test(alias) && tagSlug(alias) === tag.slug)
      .map((alias) => ({ alias, slug: tag.slug })),
  );

  const archive = groupByMonth(summaries);
  const yearTotals = new Map(archive.map((year) => [year.year, year.count]));
  const monthTotals = new Map(archive.flatMap((year) => year.months.map((month) => [`${year.year}-${month.month}`, month.count])));

  // Prev/next skip drafts and scheduled posts, which only exist in development previews.
  const timeline = summaries.filter((post) => !heldBack(post));
  const timelineIndex = new Map(timeline.map((post, index) => [post.slug, index]));
  const adjacent = (slug: string): AdjacentPosts => {
    const index = timelineIndex.get(slug);
    if (index === undefined) return {};
    const newer = timeline[index - 1];
    const older = timeline[index + 1];
    return { ...(older ? { previous: older } : {}), ...(newer ? { next: newer } : {}) };
  };

  return {
    /** Every listed post, newest first (an unlisted one has its page, but no list names it). */
    getPublishedPosts: (): PostSummary[] => summaries,
    /** The slug of every post with a page: the listed ones and the unlisted ones. */
    getPostSlugs: (): string[] => posts.map((post) => post.slug),
    /** Posts marked `featured: true`, newest first: the home page shows them above the list. */
    getFeaturedPosts: (): PostSummary[] => featured,
    getPostBySlug: (slug: string): Post | undefined => bySlug.get(slug),
    getPostsByTag: (slug: string): PostSummary[] => byTag.get(slug) ?? [],
    getAllTags: (): TagWithCount[] => tags,
    getTag: (slug: string): TagWithCount | undefined => tagsBySlug.get(slug),
    /**
     * Other addresses of tags, as a reader would type them (`Plasma`, `Layer-2-Solutions`,
     * `Layer2Solutions`) with the slug each leads to: the static export's redirect pages.
     */
    getTagAliases: (): { alias: string; slug: string }[] => tagAliases,
    /** Full posts (with HTML) newest first, at most `limit`, optionally of one tag: what feeds carry. */
    getLatestPosts: (limit: number, tag?: string): Post[] =>
      (tag === undefined ? listedPosts : listedPosts.filter((post) => post.tags.some((t) => t.slug === tag))).slice(0, Math.max(0, limit)),
    /** Page `n` of the home list (newest first); undefined when out of range. */
    getPostsPage: (page: number): Page<PostSummary> | undefined => paginate(summaries, page, '/'),
    getTagPage: (slug: string, page: number): Page<PostSummary> | undefined =>
      byTag.has(slug) ? paginate(byTag.get(slug) ?? [], page, tagPath(slug)) : undefined,
    /** Page `n` of the archive, grouped by year and month; group counts are whole-archive totals. */
    getArchivePage: (page: number): (Page<PostSummary> & { years: ArchiveYear[] }) | undefined => {
      const result = paginate(summaries, page, '/archive');
      if (!result) return undefined;
      const years = groupByMonth(result.items).map((year) => ({
        ...year,
        count: yearTotals.get(year.year) ?? year.count,
        months: year.months.map((month) => ({ ...month, count: monthTotals.get(`${year.year}-${month.month}`) ?? month.count })),
      }));
      return { ...result, years };
    },
    /** The published posts just before (older) and after (newer) a post by date. */
    getAdjacentPosts: (slug: string): AdjacentPosts => adjacent(slug),
    /** Posts sharing tags, without the previous and next posts (the page links those already). */
    getRelatedPosts: (slug: string, limit = 3): PostSummary[] => {
      const post = bySlug.get(slug);
      const { previous, next } = adjacent(slug);
      return post ? rankRelated(post, summaries, limit, new Set([previous?.slug, next?.slug].filter((s) => s !== undefined))) : [];
    },
  };
}

export type ContentStore = ReturnType<typeof createContentStore>;

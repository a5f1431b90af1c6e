import type { CoverImage } from './markdown/cover';
import { repairMojibake } from './mojibake';
import { paginate, type Page } from './pagination';
import { isSafeFrontmatterUrl } from './safe-url';
import { compareNewestFirst } from './sort';
import type { AdjacentPosts, ArchiveYear, Post, PostSummary, TagWithCount } from './post-types';
import { chooseTagLabel, splitTags, tagPath, tagSlug, type Tag } from './tags';
import type { TocEntry } from './toc';

/** The fields the store reads from a generated document; tests build these by hand. */
export interface SourceDocument {
  title: string;
  date: string;
  updated?: string | undefined;
  slug?: string | undefined;
  tags?: unknown;
  draft?: boolean | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  canonical?: string | undefined;
  /** `cover:` processed at the content step (lib/markdown/cover.ts) */
  coverImage?: CoverImage | undefined;
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  body: { html: string };
  /** H2/H3 headings, computed at the content step (lib/toc.ts) */
  toc?: TocEntry[] | undefined;
  _raw: { sourceFilePath: string; sourceFileName: string };
}

export type ContentMode = 'production' | 'development';

/** The one draft predicate: drafts exist only while authors preview with `npm run dev`. */
export function isVisible(doc: { draft?: boolean | undefined }, mode: ContentMode): boolean {
  return doc.draft !== true || mode === 'development';
}

/** The slug a file gives a post: its name, or the folder's name for a folder post `<slug>/index.md`. */
export function slugFromFilePath(filePath: string): string {
  const parts = filePath.split(/[\\/]/);
  const name = (parts.pop() ?? '').replace(/\.mdx?$/, '');
  const folder = parts.pop();
  return name === 'index' && folder && folder !== 'posts' ? folder : name;
}

export function slugOf(doc: Pick<SourceDocument, 'slug' | '_raw'>): string {
  return doc.slug?.trim() || slugFromFilePath(doc._raw.sourceFilePath);
}


function uniqueTagSlugs(doc: SourceDocument): { slug: string; spelling: string }[] {
  const seen = new Set<string>();
  const result: { slug: string; spelling: string }[] = [];
  for (const raw of splitTags(doc.tags)) {
    const spelling = repairMojibake(raw);
    const slug = tagSlug(spelling);
    // content:check rejects empty tags; the store never invents a tag page for one.
    if (slug === '' || seen.has(slug)) continue;
    seen.add(slug);
    result.push({ slug, spelling });
  }
  return result;
}

export interface ContentStore {
  getPublishedPosts(): PostSummary[];
  getPostBySlug(slug: string): Post | undefined;
  getPostsByTag(tagSlug: string): PostSummary[];
  getAllTags(): TagWithCount[];
  getTag(tagSlug: string): TagWithCount | undefined;
  getArchive(): ArchiveYear[];
  /** Full posts (with HTML) newest first, at most `limit`, optionally of one tag: what feeds carry. */
  getLatestPosts(limit: number, tagSlug?: string): Post[];
  /** Page `n` of the home list (newest first); undefined when out of range. */
  getPostsPage(page: number): Page<PostSummary> | undefined;
  getTagPage(tagSlug: string, page: number): Page<PostSummary> | undefined;
  /** Page `n` of the archive, grouped by year and month; group counts are whole-archive totals. */
  getArchivePage(page: number): (Page<PostSummary> & { years: ArchiveYear[] }) | undefined;
  /** The published posts just before (older) and after (newer) a post by date. */
  getAdjacentPosts(slug: string): AdjacentPosts;
  getRelatedPosts(slug: string, limit?: number): PostSummary[];
}

/** Groups posts (already newest first) by year, then month. */
export function groupByMonth(posts: readonly PostSummary[]): ArchiveYear[] {
  const archive: ArchiveYear[] = [];
  for (const post of posts) {
    const date = new Date(post.date);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    let yearGroup = archive.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, count: 0, months: [] };
      archive.push(yearGroup);
    }
    yearGroup.count += 1;
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) {
      monthGroup = { month, count: 0, posts: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.count += 1;
    monthGroup.posts.push(post);
  }
  return archive;
}

/**
 * Related posts: most shared tags first, then newest. Posts sharing no tag, drafts and the
 * post itself never appear.
 */
export function rankRelated(post: PostSummary, candidates: readonly PostSummary[], limit: number): PostSummary[] {
  if (limit <= 0) return [];
  const tags = new Set(post.tags.map((tag) => tag.slug));
  const ranksBefore = (a: Ranked, b: Ranked) => b.shared - a.shared || compareNewestFirst(a.other, b.other);
  // One pass keeping the best few, in order, rather than sorting every candidate on every post
  // page (N log N each; 9.5 → 1.8 ms a call at 10,000 posts, BENCHMARKS.md).
  const best: Ranked[] = [];
  for (const other of candidates) {
    if (other.slug === post.slug || other.draft) continue;
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
export function createContentStore(docs: readonly SourceDocument[], mode: ContentMode): ContentStore {
  const visible = docs.filter((doc) => isVisible(doc, mode));

  const spellings = new Map<string, string[]>();
  for (const doc of visible) {
    for (const { slug, spelling } of uniqueTagSlugs(doc)) {
      const names = spellings.get(slug);
      if (names) names.push(spelling);
      else spellings.set(slug, [spelling]);
    }
  }
  const tagLabels = new Map([...spellings].map(([slug, names]) => [slug, chooseTagLabel(names)]));

  const posts: Post[] = visible.map((doc) => {
    const slug = slugOf(doc);
    const tags: Tag[] = uniqueTagSlugs(doc).map(({ slug: tag }) => ({ slug: tag, label: tagLabels.get(tag) ?? tag }));
    const given = doc.summary ?? doc.description;
    return {
      slug,
      url: `/posts/${slug}`,
      title: repairMojibake(doc.title.trim()),
      date: doc.date,
      ...(doc.updated ? { updated: doc.updated } : {}),
      summary: given?.trim() ? repairMojibake(given.trim()) : doc.excerpt,
      tags,
      readingMinutes: doc.readingMinutes,
      wordCount: doc.wordCount,
      draft: doc.draft === true,
      html: doc.body.html,
      toc: doc.toc ?? [],
      // content:check rejects other URLs; the store never passes one to a page.
      ...(doc.canonical && isSafeFrontmatterUrl(doc.canonical) ? { canonical: doc.canonical } : {}),
      sourcePath: doc._raw.sourceFilePath,
      ...(doc.coverImage ? { cover: doc.coverImage } : {}),
    };
  });
  posts.sort(compareNewestFirst);

  const summaries: PostSummary[] = posts.map(({ html: _html, toc: _toc, canonical: _canonical, sourcePath: _path, cover: _cover, ...summary }) => summary);
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

  const archive = groupByMonth(summaries);
  const yearTotals = new Map(archive.map((year) => [year.year, year.count]));
  const monthTotals = new Map(archive.flatMap((year) => year.months.map((month) => [`${year.year}-${month.month}`, month.count])));

  // Prev/next skip drafts, which only exist in development previews.
  const timeline = summaries.filter((post) => !post.draft);
  const timelineIndex = new Map(timeline.map((post, index) => [post.slug, index]));

  return {
    getPublishedPosts: () => summaries,
    getPostBySlug: (slug) => bySlug.get(slug),
    getPostsByTag: (slug) => byTag.get(slug) ?? [],
    getAllTags: () => tags,
    getTag: (slug) => tagsBySlug.get(slug),
    getArchive: () => archive,
    getLatestPosts: (limit, tag) =>
      (tag === undefined ? posts : posts.filter((post) => post.tags.some((t) => t.slug === tag))).slice(0, Math.max(0, limit)),
    getPostsPage: (page) => paginate(summaries, page, '/'),
    getTagPage: (slug, page) => (byTag.has(slug) ? paginate(byTag.get(slug) ?? [], page, tagPath(slug)) : undefined),
    getArchivePage: (page) => {
      const result = paginate(summaries, page, '/archive');
      if (!result) return undefined;
      const years = groupByMonth(result.items).map((year) => ({
        ...year,
        count: yearTotals.get(year.year) ?? year.count,
        months: year.months.map((month) => ({ ...month, count: monthTotals.get(`${year.year}-${month.month}`) ?? month.count })),
      }));
      return { ...result, years };
    },
    getAdjacentPosts: (slug) => {
      const index = timelineIndex.get(slug);
      if (index === undefined) return {};
      const newer = timeline[index - 1];
      const older = timeline[index + 1];
      return { ...(older ? { previous: older } : {}), ...(newer ? { next: newer } : {}) };
    },
    getRelatedPosts: (slug, limit = 3) => {
      const post = bySlug.get(slug);
      return post ? rankRelated(post, summaries, limit) : [];
    },
  };
}

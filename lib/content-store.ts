import { repairMojibake } from './mojibake';
import { isSafeFrontmatterUrl } from './safe-url';
import { compareNewestFirst } from './sort';
import type { ArchiveYear, Post, PostSummary, TagWithCount } from './post-types';
import { chooseTagLabel, splitTags, tagSlug, type Tag } from './tags';

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
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  body: { html: string };
  _raw: { sourceFilePath: string; sourceFileName: string };
}

export type ContentMode = 'production' | 'development';

/** The one draft predicate: drafts exist only while authors preview with `npm run dev`. */
export function isVisible(doc: { draft?: boolean | undefined }, mode: ContentMode): boolean {
  return doc.draft !== true || mode === 'development';
}

export function slugOf(doc: Pick<SourceDocument, 'slug' | '_raw'>): string {
  return doc.slug?.trim() || doc._raw.sourceFileName.replace(/\.mdx?$/, '');
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
      // content:check rejects other URLs; the store never passes one to a page.
      ...(doc.canonical && isSafeFrontmatterUrl(doc.canonical) ? { canonical: doc.canonical } : {}),
      sourcePath: doc._raw.sourceFilePath,
    };
  });
  posts.sort(compareNewestFirst);

  const summaries: PostSummary[] = posts.map(({ html: _html, canonical: _canonical, sourcePath: _path, ...summary }) => summary);
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

  const archive: ArchiveYear[] = [];
  for (const post of summaries) {
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
      monthGroup = { month, posts: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.posts.push(post);
  }

  return {
    getPublishedPosts: () => summaries,
    getPostBySlug: (slug) => bySlug.get(slug),
    getPostsByTag: (slug) => byTag.get(slug) ?? [],
    getAllTags: () => tags,
    getTag: (slug) => tagsBySlug.get(slug),
    getArchive: () => archive,
  };
}

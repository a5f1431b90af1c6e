import { postPath } from '../routes';

/*
 * Ghost's export of a whole site (Settings → Advanced → Import/Export): one JSON file,
 * `{ db: [{ meta, data: { posts, tags, posts_tags, users, posts_authors, posts_meta } }] }`. The site reads a post
 * per file, so `npm run import:ghost` (scripts/import/ghost.ts) writes each post as `<slug>.html`: its HTML, and
 * Ghost's own fields as its frontmatter, which the schema reads under Ghost's names (`published_at`,
 * `custom_excerpt`, `feature_image`, `canonical_url`).
 */

export interface GhostFile {
  /** `<slug>.html` */
  name: string;
  text: string;
}

export interface GhostImport {
  files: GhostFile[];
  /** What was left out or changed, one line each, for the author to read */
  notes: string[];
  /** Posts that could not be written (no HTML in the export), one line each */
  problems: string[];
}

type Row = Record<string, unknown>;

const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((row): row is Row => row !== null && typeof row === 'object') : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The tables of an export, or undefined when `json` is none of Ghost's. */
function ghostData(json: unknown): Row | undefined {
  const db = json !== null && typeof json === 'object' ? (json as Row).db : undefined;
  const first = Array.isArray(db) ? (db[0] as Row | undefined) : undefined;
  const data = first?.data;
  return data !== null && typeof data === 'object' && Array.isArray((data as Row).posts) ? (data as Row) : undefined;
}

/** Whether a JSON document is Ghost's export of a site. */
export function isGhostExport(json: unknown): boolean {
  return ghostData(json) !== undefined;
}

/** The names of a post's rows in a join table (`posts_tags`, `posts_authors`), in Ghost's order. */
function joined(join: Row[], key: string, postId: unknown, names: Map<unknown, string>): string[] {
  return join
    .filter((row) => row.post_id === postId)
    .sort((a, b) => Number(a.sort_order ?? 0) - Number(b.sort_order ?? 0))
    .flatMap((row) => names.get(row[key]) ?? []);
}

/** A page of the Ghost site, not a post: `type: "page"`, or older exports' `page: true` (or 1). */
const isPage = (post: Row) => post.type === 'page' || post.page === true || post.page === 1;

/** Who could read a post on Ghost, by its `visibility`. */
const READERS: Readonly<Record<string, string>> = { members: 'members', paid: 'paying members', tiers: 'members of some tiers' };

/** A frontmatter line: JSON's text and lists are YAML's too, so no value can break the block. */
const field = (name: string, value: unknown) => `${name}: ${JSON.stringify(value)}`;

/**
 * Each post of Ghost's export as a file the site reads. `url` is the old site's address: Ghost writes its
 * own files as `__GHOST_URL__/content/images/…`, which become that site's (and are downloaded by the build as
 * any image on another site); without it they are site paths, `/content/images/…`, for Ghost's `content/images`
 * folder copied into `public/`. A page (the site's pages are its own) is left out, with a note.
 */
export function ghostExportPosts(json: unknown, { url = '' }: { url?: string } = {}): GhostImport {
  const data = ghostData(json);
  if (!data) return { files: [], notes: [], problems: ['This is not Ghost’s export: it has no `db[0].data.posts`.'] };
  const site = url.replace(/\/+$/, '');
  const own = (value: string) => value.replaceAll('__GHOST_URL__', site);
  const tagNames = new Map(rows(data.tags).flatMap((tag) => (text(tag.name) && tag.visibility !== 'internal' && !String(tag.name).startsWith('#') ? [[tag.id, String(tag.name).trim()] as const] : [])));
  const userNames = new Map(rows(data.users).flatMap((user) => (text(user.name) ? [[user.id, String(user.name).trim()] as const] : [])));
  const meta = new Map(rows(data.posts_meta).map((row) => [row.post_id, row]));
  const result: GhostImport = { files: [], notes: [], problems: [] };
  const names = new Set<string>();
  // A post's link to another post of the export (`__GHOST_URL__/other-post/`) leads to that post here.
  const postSlugs = new Set(rows(data.posts).flatMap((post) => (!isPage(post) && text(post.html) !== undefined && text(post.slug) ? [String(post.slug).trim()] : [])));
  const linked = (html: string) => html.replace(/\bhref="__GHOST_URL__\/([^"/?#]+)\/?(#[^"]*)?"/g, (whole, slug: string, fragment = '') => (postSlugs.has(slug) ? `href="${postPath(slug)}${fragment}"` : whole));
  for (const post of rows(data.posts)) {
    const title = text(post.title) ?? '(untitled)';
    const slug = text(post.slug);
    if (isPage(post)) {
      result.notes.push(`“${title}” is a page of the Ghost site, not a post: left out (the site's pages are its own).`);
      continue;
    }
    const html = text(post.html);
    if (!slug || !/^[\p{L}\p{N}_-]+$/u.test(slug) || html === undefined) {
      result.problems.push(`“${title}” ${html === undefined ? 'has no HTML in the export (Ghost wrote only its editor’s document)' : `has no slug the site can use (${JSON.stringify(slug ?? '')})`}: export it again from a current Ghost, or copy its text from the old site into a post.`);
      continue;
    }
    if (names.has(slug)) {
      result.problems.push(`“${title}”: a post before it has the slug ${slug}.`);
      continue;
    }
    names.add(slug);
    const extra = meta.get(post.id) ?? {};
    const tags = joined(rows(data.posts_tags), 'tag_id', post.id, tagNames);
    const authors = joined(rows(data.posts_authors), 'author_id', post.id, userNames);
    const fields: [string, unknown][] = [
      ['title', title],
      ['slug', slug],
      ['published_at', text(post.published_at) ?? text(post.created_at)],
      ['updated', text(post.updated_at)],
      ['custom_excerpt', text(post.custom_excerpt)],
      ['feature_image', text(post.feature_image) && own(String(post.feature_image).trim())],
      ['feature_image_alt', text(extra.feature_image_alt) ?? text(post.feature_image_alt)],
      ['feature_image_caption', text(extra.feature_image_caption) ?? text(post.feature_image_caption)],
      ['canonical_url', text(post.canonical_url)],
      ['tags', tags.length > 0 ? tags : undefined],
      ['authors', authors.length > 0 ? authors : undefined],
      // A draft, a scheduled post and an email-only one were not on the Ghost site.
      ['draft', post.status === 'published' ? undefined : true],
    ];
    const frontmatter = fields.filter(([, value]) => value !== undefined).map(([name, value]) => field(name, value));
    if (text(post.visibility) && post.visibility !== 'public') result.notes.push(`“${title}” was for ${READERS[String(post.visibility)] ?? `${String(post.visibility)} readers`} only on Ghost: here every reader can read it.`);
    if (text(post.codeinjection_head) || text(post.codeinjection_foot)) result.notes.push(`“${title}”: its code injection is left out (a post runs no scripts here).`);
    // Ghost's responsive sizes of its own images (the site makes its own), and the style its editor puts on
    // every run of text (`white-space: pre-wrap`), which the site's text has anyway.
    const body = own(linked(html)).replace(/\s(?:srcset|sizes|loading)="[^"]*"|\sstyle="white-space: ?pre-wrap;?"/g, '');
    result.files.push({ name: `${slug}.html`, text: `---\n${frontmatter.join('\n')}\n---\n${body}\n` });
  }
  return result;
}

/**
 * The post schema: every frontmatter field, its type, default and meaning, and how a document's
 * raw fields become the values everything downstream reads. The one owner of these rules:
 * `contentlayer.config.ts` declares its fields from `POST_FIELDS` and overrides the text fields
 * with `normaliseFields` (so the generated JSON already holds repaired text), `content:check`
 * validates the names and types listed here, and the store reads the normalised document.
 *
 * Adding a field: add it to `POST_FIELDS` (and to `PostFields` if the store reads it), then use it.
 */
import type { CoverImage } from '../markdown/cover';
import type { ProcessedImage } from '../markdown/picture';
import type { TocEntry } from '../markdown/toc';
import { repairMojibake } from '../text/mojibake';
import { readDate } from './dates';
import { hiddenFolderOf, HTML_EXTENSIONS, HTML_FILE, IMAGE_FILE, isPostFile, MARKDOWN_EXTENSIONS, mayBePostFile, opensWithFrontmatter, POST_FILE, SECTION_FILE, SUBSTACK_POST, UNDERSCORE_FILE, UNDERSCORE_GLOB } from './post-extensions.mjs';
import { splitTags, tagSlug } from './tags';

/**
 * How a field is written in frontmatter: `list` accepts a YAML/TOML list or a comma-separated line;
 * `people` names, profile ids (lib/site/config.ts) or `{ name, url, picture }` entries, one or a list;
 * `image` a path, a list of paths (the first is used) or `{ url | image | src | path, alt, caption }`;
 * `term` a name or a list of names (Hugo's taxonomies are lists), never split at commas.
 */
export type FieldKind = 'string' | 'date' | 'boolean' | 'list' | 'people' | 'image' | 'term';

/** Another engine's name for a field. `negate`: the value is the opposite (`published: false` is a draft). */
export interface AliasSpec {
  name: string;
  negate?: boolean;
  /** The words a yes/no alias is written with, and what each means (Pelican's `status: draft`) */
  values?: Readonly<Record<string, boolean>>;
  /** Shown by content:check as an info note when the alias is used */
  note?: string;
  /** An object that gives no value is no error: the field stays unset (Minimal Mistakes' `header: { overlay_color }`) */
  optional?: boolean;
  /** A full URL gives its path (jekyll-import's `blogger_orig_url`: the post's address on the old blog) */
  urlPath?: boolean;
  /** A yes/no written as a number, yes above 0 (Hexo's `sticky: 100`, a pinned post's rank) */
  rank?: boolean;
  /** `owner/name` is that repository's page on GitHub (Beautiful Jekyll's `gh-repo`) */
  github?: boolean;
  /** An object gives its `label` (Nuxt UI's `badge: { label: Tutorial }`) */
  label?: boolean;
}

export interface FieldSpec {
  kind: FieldKind;
  required?: boolean;
  default?: boolean;
  /** How the value is found when the field is absent (it always has one). */
  derived?: string;
  /** One line for authors: shown by `content:check` next to an unknown field. */
  description: string;
  /** Names other engines use for this field (tailwind-nextjs-starter-blog, AstroPaper, Hugo, Jekyll, MkDocs, DEV, Hashnode, Vercel's starter) */
  aliases?: readonly (string | AliasSpec)[];
}

/** Hugo's `url`, Hugo's and Jekyll's `permalink`: the post's address on the old site. */
function oldAddressNote(key: string): string {
  return `\`${key}\` was this post's address on the old site: it now redirects to the post (/posts/<slug>), as \`aliases\` do.`;
}

export const POST_FIELDS = {
  title: { kind: 'string', required: true, description: 'the post title' },
  date: { kind: 'date', required: true, description: 'publication date, YYYY-MM-DD or an ISO date-time', aliases: ['pubDatetime', 'publishDate', 'pubDate', 'published_at', 'publishedAt', 'datePublished'] },
  updated: { kind: 'date', description: 'last significant change (sitemap, OpenGraph, JSON-LD)', aliases: ['lastmod', 'modDatetime', 'updatedDate', 'last_modified_at', 'modified', 'modified_time', 'last-updated'] },
  slug: { kind: 'string', derived: 'the file name', description: 'the address /posts/<slug>; the file (or folder) name otherwise' },
  tags: {
    kind: 'list',
    description: 'a YAML list or a comma-separated line',
    aliases: [
      { name: 'categories', note: '`categories` are shown as tags here (merged with `tags`).' },
      { name: 'category', note: 'The `category` is shown as a tag here (merged with `tags`).' },
      // jekyll-import's RSS and Medium posts.
      { name: 'tag', note: 'The `tag` is shown as a tag here (merged with `tags`).' },
      // Nuxt UI's blog template labels a post (`badge: { label: Tutorial }`) on its card and page.
      { name: 'badge', label: true, note: 'The `badge` (Nuxt UI’s label on the post’s card) is shown as a tag here (merged with `tags`).' },
    ],
  },
  draft: {
    kind: 'boolean',
    default: false,
    description: 'true: shown only in `npm run dev`',
    aliases: [
      { name: 'published', negate: true },
      // Obsidian Publish's `publish: false` keeps a note off the site.
      { name: 'publish', negate: true },
      // Pelican's `Status: draft`/`published`/`hidden` (published, unlisted: `unlistedBy`), WordPress'
      // `status: publish` (jekyll-import, other exporters).
      { name: 'status', values: { draft: true, published: false, publish: false, hidden: false } },
    ],
  },
  featured: {
    kind: 'boolean',
    default: false,
    description: 'true: shown first on the home page',
    aliases: [
      'pin',
      // VuePress' Hope theme: a starred post (`star: true`, or a number ranking it) heads its blog's list.
      { name: 'star', rank: true, note: '`star` (VuePress’ Hope theme): a starred post is featured, shown first on the home page.' },
      // hexo-generator-index pins a post with `sticky` above 0, the highest first.
      { name: 'sticky', rank: true, note: '`sticky` (Hexo): a post above 0 is featured, shown first on the home page; featured posts keep their date order, not the number’s.' },
    ],
  },
  unlisted: {
    kind: 'boolean',
    default: false,
    description: 'true: the post has its page, for whoever has the link, but no list, feed, sitemap or search shows it',
    // Minimal Mistakes' and hexo-hide-posts' `hidden: true` (Docusaurus writes `unlisted: true`).
    aliases: [
      'hidden',
      // VuePress' Hope theme: `article: false` keeps a page out of its blog's lists.
      { name: 'article', negate: true, note: '`article: false` (VuePress’ Hope theme) keeps the post out of the lists: it is unlisted here.' },
    ],
  },
  liquid: {
    kind: 'boolean',
    description: 'false: the body’s Liquid (`{{ … }}`, `{% … %}`) is shown as written, not read',
    aliases: [{ name: 'render_with_liquid', note: '`render_with_liquid: false` (Jekyll): the body’s `{{ … }}` and `{% … %}` are shown as written, as Jekyll shows them.' }],
  },
  series: { kind: 'term', description: 'the name of a series (or a list of them): its posts link to each other, in date order' },
  subtitle: { kind: 'string', description: 'a line shown under the title on the post’s page (Beautiful Jekyll’s, Hashnode’s, Medium’s)' },
  summary: { kind: 'string', description: 'one line for lists and feeds; the first paragraph otherwise', aliases: ['excerpt', 'custom_excerpt'] },
  description: { kind: 'string', description: 'used as the summary when `summary` is absent', aliases: ['meta_description', 'seoDescription', 'seo_desc', 'share-description'] },
  link: { kind: 'string', description: 'the page a link post is about, an http(s) URL: shown as a link under the title (Minimal Mistakes’ and Hexo’s `link`, Blowfish’s `externalUrl`)', aliases: [
      'externalUrl',
      'external_url',
      {
        name: 'gh-repo',
        github: true,
        note: '`gh-repo` (Beautiful Jekyll) is linked under the title as the repository’s page on GitHub; its buttons (`gh-badge`) are not shown: they were frames of GitHub’s site, which the site does not load.',
      },
    ],
  },
  canonical: { kind: 'string', description: 'an http(s) URL or site path this post is canonical at', aliases: ['canonicalURL', 'canonicalUrl', 'canonical_url'] },
  author: { kind: 'people', description: 'who wrote it: names or author ids (lib/site/config.ts); the site author otherwise', aliases: ['authors'] },
  cover: {
    kind: 'image',
    description: 'an image shown above the post and as its share image, resolved like a body image',
    aliases: [
      'coverImage',
      'heroImage',
      // Hugo Blox's `image: { caption, focal_point }` names no file (its cover is `featured.png` beside the post).
      { name: 'image', optional: true },
      'images',
      'ogImage',
      'cover_image',
      'featured_image',
      'featuredImage',
      'feature_image',
      // LekoArts' Gatsby themes.
      'banner',
      // Minimal Mistakes' `header: { image | overlay_image | teaser, image_description, caption }`.
      { name: 'header', optional: true },
      // Beautiful Jekyll's (`bigimg` before version 5): a path, a list it cycled through, or `"/path": "Caption"` entries.
      'cover-img',
      'bigimg',
    ],
  },
  coverAlt: { kind: 'string', description: 'what the cover shows, for screen readers', aliases: ['feature_image_alt'] },
  coverCaption: { kind: 'string', description: 'a caption shown under the cover', aliases: ['feature_image_caption'] },
  aliases: {
    kind: 'list',
    description: 'old addresses of this post (`/old/path`), answered with a redirect to it',
    aliases: [
      { name: 'url', note: oldAddressNote('url') },
      // A full URL gives its path: jekyll-import's Roller posts have `permalink: https://blog.example.com/entry/slug`.
      { name: 'permalink', urlPath: true, note: oldAddressNote('permalink') },
      // jekyll-import's Blogger posts: the post's URL on Blogger, whose path may be the blog's own domain's.
      { name: 'blogger_orig_url', urlPath: true, note: '`blogger_orig_url` was this post’s address on Blogger: its path now redirects to the post (/posts/<slug>), as `aliases` do.' },
      { name: 'tumblr_url', urlPath: true, note: '`tumblr_url` was this post’s address on Tumblr: its path now redirects to the post (/posts/<slug>), as `aliases` do.' },
      // …and its WordPress posts: `http://example.com/2012/07/slug/`, or `http://example.com/?p=1823`, no path to redirect.
      { name: 's9y_link', urlPath: true, note: '`s9y_link` was this post’s address on Serendipity: its path now redirects to the post (/posts/<slug>), as `aliases` do.' },
      { name: 'wordpress_url', urlPath: true, note: '`wordpress_url` was this post’s address on WordPress: its path (when it has one, not `/?p=…`) now redirects to the post (/posts/<slug>), as `aliases` do.' },
    ],
  },
  redirect_from: { kind: 'list', description: 'the same as `aliases` (Jekyll’s name)' },
} as const satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof POST_FIELDS;

export const FIELD_NAMES = Object.keys(POST_FIELDS) as FieldName[];

export function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(POST_FIELDS, name);
}

/**
 * Fields other engines use that mean nothing here, with why: accepted, noted by content:check, unused.
 * (`aliases` and `redirect_from` belong to the redirects feature, not here.)
 */
export const IGNORED_FIELDS: Readonly<Record<string, string>> = {
  layout: 'every post has the one post layout here',
  math: 'math is always on: `$…$` and `$$…$$` render without a switch',
  katex: 'math is always on: `$…$` and `$$…$$` render without a switch',
  mathjax: 'math is always on: `$…$` and `$$…$$` render with KaTeX',
  timezone: 'dates without a zone are read as UTC; write the offset in the date (2024-09-01T10:00:00+09:00) to keep a local time',
  toc: 'the table of contents is built from the headings of every post',
  ShowToc: 'the table of contents is built from the headings of every post',
  TocOpen: 'the table of contents is built from the headings of every post',
  comments: 'the site has no comments',
  share: 'the share links are the same on every post',
  disableShare: 'the share links are the same on every post',
  hideEditPost: 'the site has no “edit this post” link',
  editPost: 'the site has no “edit this post” link',
  ShowReadingTime: 'every post shows its reading time',
  ShowBreadCrumbs: 'the site shows no breadcrumbs',
  ShowPostNavLinks: 'every post links its neighbours',
  hidemeta: 'every post shows its date, tags and reading time',
  weight: 'posts are ordered by date',
  bibliography: 'citations are not processed: write references as Markdown',
  type: 'every file in content/posts is a post',
  template: 'every post has the one post layout here',
  readtime: 'every post’s reading time is counted from its words',
  hide: 'every post shows its navigation and contents',
  icon: 'it was the page’s icon in the old theme’s navigation (MkDocs Material’s, VuePress Hope’s), and lists here show none (an icon in the text, `:material-…:`, is drawn)',
  cuid: 'it was the post’s id on Hashnode',
  extra: 'it holds a Zola theme’s own settings, which this site does not read',
  eleventyNavigation: 'the site’s navigation lists its sections, not posts',
  eleventyExcludeFromCollections: 'every post is listed here; a draft stays off the site',
  lang: 'the site is in one language (lib/site/config.ts)',
  translation: 'the site is in one language (lib/site/config.ts)',
  save_as: 'it named the post’s file on the old site; `aliases: [/old/path]` redirects an old address here',
  // Beautiful Jekyll's.
  'thumbnail-img': 'it was the post’s picture in the old site’s lists, and lists here show none; the cover (`cover-img`) is shown above the post',
  'share-img': 'the share image is the cover’s, or a card drawn from the title',
  'share-title': 'the page’s title is the post’s title',
  'social-share': 'the share links are the same on every post',
  'show-avatar': 'every post names its authors under its title',
  'nav-short': 'the site’s header is the same on every page',
  'full-width': 'every post has the same text width, for reading',
  'gh-badge': 'its GitHub buttons were frames of GitHub’s site, which the site does not load; the repository (`gh-repo`) is linked under the title',
  // Hugo's other front matter, and its themes'.
  keywords: 'search engines ignore a page’s keywords; `tags` list a post here',
  linkTitle: 'menus here list sections, not posts: the title is the post’s one name',
  menu: 'menus here list sections, not posts',
  menus: 'menus here list sections, not posts',
  expiryDate: 'the post stays published after it; set `draft: true` to take it down',
  isCJKLanguage: 'reading times are counted for every script (CJK characters too) without a switch',
  translationKey: 'the site is in one language (lib/site/config.ts)',
  outputs: 'every post has one page, and is in every feed',
  sitemap: 'every published post is in the sitemap',
  markup: 'every `.md` post is Markdown, every `.mdx` post MDX',
  headless: 'every post here has its page',
  build: 'every post here has its page; `list: never` makes it unlisted',
  _build: 'every post here has its page; `list: never` makes it unlisted',
  cascade: 'fields are written in each post here',
  resources: 'images are named in the text or as `cover:`, where their alt text goes',
  thumbnail: 'lists here show no images: `cover:` gives a post its picture',
  // Hugo Blox's (Wowchemy's).
  projects: 'it listed the old site’s project pages, which the site does not have',
  commentable: 'the site has no comments',
  reading_time: 'every post shows its reading time',
  profile: 'every post names its authors under its title',
  show_related: 'every post shows its related posts',
  // Nuxt Content's.
  navigation: 'the site’s navigation lists its sections, not posts',
  // VitePress' default theme's.
  outline: 'the table of contents is built from the headings of every post',
  aside: 'every post has the one post layout here',
  lastUpdated: 'a post shows its `updated` date when it has one',
  editLink: 'the site has no “edit this post” link',
  prev: 'every post links its neighbours, by date',
  next: 'every post links its neighbours, by date',
  titleTemplate: 'every page’s title is written the same way',
  pageClass: 'every post has the one post layout here',
  footer: 'the site’s footer is the same on every page',
  navbar: 'the site’s header is the same on every page',
  // VuePress' Hope theme's.
  isOriginal: 'the site shows no “original work” mark',
  timeline: 'every listed post is in the archive',
  order: 'posts are ordered by date',
  index: 'menus here list sections, not posts',
  shortTitle: 'menus here list sections, not posts: the title is the post’s one name',
  headerDepth: 'the table of contents lists each post’s second- and third-level headings',
  breadcrumb: 'the site shows no breadcrumbs',
  pageInfo: 'every post shows its date, tags and reading time',
  copyright: 'the site’s footer is the same on every page',
  contributors: 'every post names its authors under its title',
  head: 'the page’s head (its title, description and share image) is made from the post’s own fields',
  seo: 'the page’s title and description for search engines are the post’s own `title` and `description`',
  // Jekyll's, and its Minimal Mistakes theme's.
  excerpt_separator: 'the summary is the first paragraph, or what comes before a `<!--more-->` line',
  related: 'every post shows its related posts',
  related_posts: 'every post shows its related posts',
  seoTitle: 'it was the title for search engines on Hashnode: the page’s title is the post’s title',
  giscus_comments: 'the site has no comments',
  mermaid: 'a post’s ```mermaid blocks are drawn whenever it has one',
  // al-folio's switches for its drawing scripts: the blocks they drew show their source (content:check warns at each).
  chart: 'it switched on the old theme’s charts: a ```chartjs, ```echarts or ```vega_lite block shows its source here',
  typograms: 'it switched on the old theme’s diagrams: a ```typograms block shows its source here',
  pseudocode: 'it switched on the old theme’s typesetting: a ```pseudocode block shows its source here',
  _styles: 'it held the old theme’s CSS for this post: the site’s own styles apply',
  mathjax_autoNumber: 'math is always on: `$…$` and `$$…$$` render with KaTeX',
  author_profile: 'every post names its authors under its title',
  read_time: 'every post shows its reading time',
  toc_label: 'the table of contents is built from the headings of every post',
  toc_icon: 'the table of contents is built from the headings of every post',
  toc_sticky: 'the table of contents is built from the headings of every post',
  classes: 'every post has the one post layout here',
  sidebar: 'every post has the one post layout here',
  search: 'every published post is in the search',
  // Ghost's.
  meta_title: 'the page’s title is the post’s title',
  visibility: 'every published post is public',
  // Obsidian's.
  cssclasses: 'it styled the note in Obsidian; the site gives every post one look',
  cssclass: 'it styled the note in Obsidian; the site gives every post one look',
  // WordPress' and Blogger's, as jekyll-import writes them.
  parent_id: 'it was the post’s parent on WordPress; posts here stand alone',
  blogger_id: 'it was the post’s id on Blogger',
  wordpress_id: 'it was the post’s id on WordPress',
  date_gmt: 'the `date` gives the time, with its offset',
  author_login: 'the `author` gives the name shown',
  author_email: 'the `author` gives the name shown; no email is published',
  author_url: 'the `author` gives the name shown, and its `url` the link',
  meta: 'it holds WordPress’ own settings for the post, which this site does not read',
  password: 'an empty one protects nothing; a post with one is a draft here',
  // The other blogs jekyll-import reads: their ids, and what the file name already gives.
  id: 'it was the post’s id on the old blog',
  mt_id: 'it was the post’s id on Movable Type',
  blog_id: 'it was the blog’s id on Movable Type',
  post_id: 'it was the post’s id on Movable Type',
  basename: 'it was the post’s name on Movable Type; the file name gives its address here',
  joomla_id: 'it was the article’s id on Joomla',
  joomla_url: 'it was the article’s alias on Joomla; the file name gives its address here',
  typo_id: 'it was the post’s id on Typo',
  enki_id: 'it was the post’s id on Enki',
  details: 'it holds the project’s data from Behance, which this site does not read',
  parent: 'it was the post’s parent on WordPress; posts here stand alone',
  original_post_id: 'it was the post’s id on WordPress',
  format: 'it was the post’s format on WordPress (video, link…); every post here has the one post layout, its media in its text',
  // freeCodeCamp's Hashnode export, TeXt's and Blowfish's switches.
  seo_title: 'it was the title for search engines: the page’s title is the post’s title',
  key: 'it was the page’s key for TeXt’s comments and page views; the site has neither',
  showDate: 'every post shows its date',
  showDateUpdated: 'every post shows its date, and `updated` when it has one',
  showAuthor: 'every post names its authors under its title',
  social_share: 'the share links are the same on every post',
  tabs: 'every tab is shown, one after another, each under its label: no switch is needed',
  created: 'the post’s date is its `date`, or the date in its file name; only without both is `created` its date',
};

/** One image of a Minimal Mistakes gallery: its `image_path`, the `url` it links to, its `alt` and `title`. */
export interface GalleryImage {
  src: string;
  href?: string;
  alt?: string;
  title?: string;
}

/**
 * A frontmatter list that is a Minimal Mistakes gallery (`gallery:`, or any name an include gives as its `id`):
 * entries that each have an `image_path`. Undefined for any other value.
 */
export function galleryOf(value: unknown): GalleryImage[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const images: GalleryImage[] = [];
  for (const entry of value as unknown[]) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return undefined;
    const { image_path: src, url: href, alt, title } = entry as Record<string, unknown>;
    if (typeof src !== 'string' || src.trim() === '') return undefined;
    images.push({ src: src.trim(), ...(typeof href === 'string' && href.trim() !== '' ? { href: href.trim() } : {}), ...(typeof alt === 'string' ? { alt } : {}), ...(typeof title === 'string' ? { title } : {}) });
  }
  return images;
}

/**
 * How a post's body is read besides its format: Liquid off (`render_with_liquid: false`) or on, the
 * galleries its frontmatter holds, by name (shown by `{% include gallery %}`), and the frontmatter itself,
 * whose values a template in the body shows (`{{ page.title }}`: lib/markdown/template-values.ts).
 */
export interface BodyOptions {
  liquid?: boolean | undefined;
  galleries?: Readonly<Record<string, GalleryImage[]>> | undefined;
  fields?: Readonly<Record<string, unknown>> | undefined;
}

/** The BodyOptions a post's raw frontmatter gives (lib/markdown/parse.ts, content:check, contentlayer's config). */
export function bodyOptionsOf(raw: Record<string, unknown>): BodyOptions {
  const galleries = Object.fromEntries(Object.entries(raw).flatMap(([name, value]) => {
    const images = KNOWN_KEYS.has(name) ? undefined : galleryOf(value);
    return images ? [[name, images]] : [];
  }));
  return {
    ...(presentSpellings(raw, 'liquid')[0]?.value === false ? { liquid: false } : {}),
    ...(Object.keys(galleries).length > 0 ? { galleries } : {}),
    fields: raw,
  };
}

/** The author's spellings of one field: its own name first, then its aliases in order. */
export function spellingsOf(name: FieldName): AliasSpec[] {
  const spec: FieldSpec = POST_FIELDS[name];
  return [{ name }, ...(spec.aliases ?? []).map((alias) => (typeof alias === 'string' ? { name: alias } : alias))];
}

/** Every frontmatter key this site reads, with the field it fills. */
export const KNOWN_KEYS: ReadonlyMap<string, { field: FieldName; alias: AliasSpec }> = new Map(
  FIELD_NAMES.flatMap((field) => spellingsOf(field).map((alias) => [alias.name, { field, alias }] as const)),
);

/** Whether a frontmatter key is one the body shows: a field itself, or Hugo's `params` table when the body shows all it holds. */
function isShownKey(key: string, value: unknown, shown: ReadonlySet<string>): boolean {
  if (shown.has(key)) return true;
  return key === 'params' && value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((name) => shown.has(name));
}

/**
 * Keys a post's frontmatter may have: the ones read (KNOWN_KEYS), the ones accepted unused (IGNORED_FIELDS),
 * galleries, and the ones its body shows through a template (`shown`: lib/markdown/template-values.ts).
 */
export function unknownKeysOf(frontmatter: Record<string, unknown>, shown: ReadonlySet<string> = new Set()): string[] {
  return Object.keys(frontmatter).filter((key) => !KNOWN_KEYS.has(key) && !Object.hasOwn(IGNORED_FIELDS, key) && !galleryOf(frontmatter[key]) && !isShownKey(key, frontmatter[key], shown));
}

export { hiddenFolderOf, HTML_EXTENSIONS, HTML_FILE, IMAGE_FILE, isPostFile, MARKDOWN_EXTENSIONS, mayBePostFile, opensWithFrontmatter, POST_FILE, SECTION_FILE, UNDERSCORE_FILE, UNDERSCORE_GLOB };

/** A slug: lowercase letters of any script, digits, and single hyphens between them. */
export const SLUG = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u;

/**
 * The name a post's file gives it: the file name without its extension (`posts/a/b.md` → `b`), or the
 * folder's name for a folder post (`posts/b/index.md` → `b`), without a Jekyll date.
 */
export function fileNameOf(sourceFilePath: string, { keepDate = false } = {}): string {
  const parts = sourceFilePath.split(/[\\/]/);
  const file = parts.pop() ?? '';
  const name = file.replace(POST_FILE, '').replace(HTML_FILE, '');
  const folder = parts.pop();
  const named = name === 'index' && folder && folder !== 'posts' ? folder : name;
  const medium = HTML_FILE.test(file) ? MEDIUM_NAME.exec(named) : null;
  if (medium?.[1]) return medium[1];
  // Notion's export names a page by its title and Notion's id: `My post 7c1d…e4f5.md`.
  const notion = NOTION_NAME.exec(named);
  if (notion?.[1] && POST_FILE.test(file)) return notion[1];
  // Substack's export names a post `<id>.<slug>.html`: its slug is its address on Substack, and here.
  const substack = SUBSTACK_POST.exec(file);
  if (substack?.[2]) return substack[2];
  // Jekyll names posts `2024-09-01-my-post.md`: the date is the post's date, not part of its address.
  return keepDate ? named : named.replace(DATED_NAME, '');
}

/** How a post file's body is read, by its name: HTML, MDX (compiled, its imports code) or Markdown. */
export type BodyFormat = 'markdown' | 'html' | 'mdx';
export const bodyFormatOf = (sourceFilePath: string): BodyFormat => (HTML_FILE.test(sourceFilePath) ? 'html' : sourceFilePath.endsWith('.mdx') ? 'mdx' : 'markdown');

/**
 * The one slug-from-file rule: the frontmatter `slug` when given, else the file's name (`fileNameOf`),
 * as its words in a slug when it is not one (`My First Post.md` → `my-first-post`, as Hugo and Hexo
 * make addresses of such names).
 */
export function slugOf(slug: unknown, sourceFilePath: string): string {
  if (typeof slug === 'string' && slug.trim() !== '') return slug.trim();
  const name = fileNameOf(sourceFilePath);
  return SLUG.test(name) ? name : tagSlug(name) || name;
}

const DATED_NAME = /^(\d{4}-\d{2}-\d{2})-(?=.)/;
// Medium's export names a post `2015-02-05_Oh--right-70c5683f3778.html` (`draft_…` for a draft): its date
// (the post's is in the file) and Medium's id are no part of its address.
const MEDIUM_NAME = /^(?:\d{4}-\d{2}-\d{2}_|draft_)(.+?)-[0-9a-f]{10,12}$/;
const NOTION_NAME = /^(.+?) [0-9a-f]{32}$/;

/**
 * A `tags` or `categories` line as its engine reads it. Jekyll (a post named as Jekyll names them,
 * `2023-08-14-welcome.md`) reads a line of words without commas as one tag per word: `jekyll new` writes
 * `categories: jekyll update`. Every other engine reads a line as tags separated by commas.
 */
export function tagsLine(key: string, value: unknown, sourceFilePath: string): unknown {
  if (typeof value !== 'string' || (key !== 'tags' && key !== 'categories') || value.includes(',') || !/\S\s+\S/.test(value)) return value;
  return DATED_NAME.test(sourceFilePath.split(/[\\/]/).pop() ?? '') ? value.trim().split(/\s+/) : value;
}

/** WordPress' `password` (jekyll-import keeps it): a post that had one was not public there, so it is a draft here. */
export function passwordProtected(raw: Record<string, unknown>): boolean {
  return text(raw.password) !== undefined;
}

/**
 * The key that makes a post unlisted besides `unlisted` and `hidden`: Pelican's `status: hidden`, Hugo's
 * `build: { list: never }` (or `local`, or `_build`, its older name). Undefined when none does.
 */
export function unlistedBy(raw: Record<string, unknown>): 'status' | 'build' | '_build' | undefined {
  if (typeof raw.status === 'string' && raw.status.trim().toLowerCase() === 'hidden') return 'status';
  for (const key of ['build', '_build'] as const) {
    const list = (raw[key] as { list?: unknown } | undefined)?.list;
    if (raw[key] && typeof raw[key] === 'object' && (list === 'never' || list === 'local')) return key;
  }
  return undefined;
}

/** A post in a `_drafts` folder: Jekyll's drafts, which have no date until they are published. */
export function inDraftsFolder(sourceFilePath: string): boolean {
  return sourceFilePath.split(/[\\/]/).slice(0, -1).includes('_drafts');
}

/** Obsidian's `created` as a date, when it is one. */
export function createdDate(raw: Record<string, unknown>): string | undefined {
  // Every reader gives dates as the text written (lib/content/frontmatter.ts).
  return typeof raw.created === 'string' ? readDate(raw.created) : undefined;
}

/**
 * The date a Jekyll file name gives (`2024-09-01-my-post.md` → `2024-09-01`), or a folder post's folder
 * name, as Docusaurus dates `2024-09-01-my-post/index.md`; none otherwise.
 */
export function dateOfFileName(sourceFilePath: string): string | undefined {
  const parts = sourceFilePath.split(/[\\/]/);
  const name = parts.pop() ?? '';
  return DATED_NAME.exec(/^index\./.test(name) ? (parts.pop() ?? '') : name)?.[1];
}

type Spec = typeof POST_FIELDS;
/** An author as a post names one: a name or an author id, with a link when the frontmatter gives one. */
export interface PersonRef {
  name: string;
  url?: string;
  /** An image path (Vercel's starter: `author: { name, picture }`), resolved like a body image */
  picture?: string;
}
type ValueOf<K extends FieldKind> = K extends 'boolean' ? boolean : K extends 'list' | 'term' ? string[] : K extends 'people' ? PersonRef[] : string;
/** Fields that always have a value: required, defaulted, derived, or a list (empty when absent). */
type AlwaysSet = {
  [N in FieldName]: Spec[N] extends { required: true } | { default: boolean } | { derived: string } | { kind: 'list' | 'people' } ? N : never;
}[FieldName];

/**
 * A post's fields as every stage after the content step reads them: repaired, trimmed, defaulted.
 * Dates are ISO 8601 strings; lists hold the author's spellings in order, empty entries removed.
 */
export type PostFields = { [N in AlwaysSet]: ValueOf<Spec[N]['kind']> } & {
  [N in Exclude<FieldName, AlwaysSet>]?: ValueOf<Spec[N]['kind']> | undefined;
} & {
  /** The categories as Jekyll read them (categoriesOf), for a site-wide rule's `:categories`; they are tags too */
  categories?: string[] | undefined;
};

/**
 * A post's categories as Jekyll reads them, for the old addresses of a site-wide rule's `:categories`
 * (lib/content/redirects.ts): `category` (one), else `categories` (a list, or words on a line: Jekyll's
 * `jekyll new` writes `categories: jekyll update`). They are also the post's tags (`tags` above).
 */
export function categoriesOf(raw: Record<string, unknown>): string[] {
  const written = raw.category !== undefined && raw.category !== null ? [raw.category].flat() : typeof raw.categories === 'string' ? raw.categories.split(/\s+/) : Array.isArray(raw.categories) ? raw.categories.flat() : [];
  return written.map((entry) => (typeof entry === 'string' || typeof entry === 'number' ? text(entry) : undefined)).filter((entry) => entry !== undefined);
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const repaired = repairMojibake(String(value)).trim();
  return repaired === '' ? undefined : repaired;
}

// In order: the first one present is the image (Minimal Mistakes' header: its image, else its overlay, else its teaser).
const IMAGE_KEYS = ['url', 'image', 'src', 'path', 'overlay_image', 'teaser'] as const;
// (Hugo Blox's `image: { alt_text }`.)
const ALT_KEYS = ['alt', 'image_description', 'alt_text'] as const;

/** The keys read from an entry written as an object, by field kind (content:check notes the others). */
export const OBJECT_KEYS: Partial<Record<FieldKind, readonly string[]>> = {
  image: [...IMAGE_KEYS, ...ALT_KEYS, 'caption'],
  // jekyll-import's WordPress authors: `{ login, email, display_name, first_name, last_name }` (no email is shown).
  // Nuxt UI's `{ name, to, avatar: { src, alt } }`.
  people: ['name', 'display_name', 'first_name', 'last_name', 'login', 'url', 'link', 'to', 'picture', 'image_url', 'avatar'],
};

/** Beautiful Jekyll's `"/path/to/img": "Caption"`: one image path as the key, its caption as the value. */
export function captionedImage(value: unknown): { url: string; caption: string } | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const [url, caption] = entries[0] ?? [];
  if (entries.length !== 1 || typeof url !== 'string' || typeof caption !== 'string') return undefined;
  return /^(?:\.{0,2}\/|https?:\/\/)/.test(url) || IMAGE_FILE.test(url) ? { url, caption } : undefined;
}

/** The path of an image field: text, the first of a list, or an object's `url`/`image`/`src`/`path`/… (with `alt`, `caption`). */
export function imageOf(value: unknown): { url?: string; alt?: string; caption?: string } {
  if (typeof value === 'string') return { url: value };
  if (Array.isArray(value)) return imageOf(value[0]);
  const captioned = captionedImage(value);
  if (captioned) return captioned;
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const key = IMAGE_KEYS.find((name) => typeof record[name] === 'string');
    const alt = ALT_KEYS.find((name) => typeof record[name] === 'string');
    return {
      ...(key ? { url: record[key] as string } : {}),
      ...(alt ? { alt: record[alt] as string } : {}),
      ...(typeof record.caption === 'string' ? { caption: record.caption } : {}),
    };
  }
  return {};
}

/**
 * The people a field names: text (comma-separated), a `{ name, url | link, picture }` entry (Docusaurus'
 * `key`, an author id; WordPress' `display_name`, first and last name or `login` for the name), or a list of either.
 */
export function peopleOf(value: unknown): PersonRef[] {
  // A list's entry is one person, a comma in the name and all (`Doyle, Conan`).
  if (Array.isArray(value)) return value.flatMap((entry) => (typeof entry === 'string' ? (entry.trim() === '' ? [] : [{ name: repairMojibake(entry.trim()) }]) : peopleOf(entry)));
  if (typeof value === 'string') return splitTags(value).filter((name) => name !== '').map((name) => ({ name: repairMojibake(name) }));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Docusaurus' `- key: slorber` names an author of authors.yml, its other fields shown beside.
    const name = text(record.name) ?? text(record.key) ?? text(record.display_name) ?? text([record.first_name, record.last_name].filter((part) => typeof part === 'string').join(' ')) ?? text(record.login);
    const url = text(record.url ?? record.link ?? record.to);
    // Docusaurus' `image_url`, MkDocs Material's `avatar` (Nuxt UI's `avatar: { src }`).
    const picture = [record.picture, record.image_url, record.avatar, imageOf(record.avatar).url].find((value): value is string => typeof value === 'string' && value.trim() !== '')?.trim() ?? '';
    return name ? [{ name, ...(url ? { url } : {}), ...(picture ? { picture } : {}) }] : [];
  }
  return [];
}

/** The names a `term` field gives: one, or each of a list (duplicates once, in order). */
function termsOf(value: unknown): string[] {
  return [...new Set((Array.isArray(value) ? value : [value]).map(text).filter((name) => name !== undefined))];
}

/** A date as every later stage reads it (ISO 8601, with the offset written: readDate); text that is no date stays, for content:check. */
function isoDate(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return readDate(String(value)) ?? String(value);
}

/** One field's value as later stages read it, or undefined when absent (and not always set). */
function normaliseField(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'string':
      return text(value) ?? (spec.required ? '' : undefined);
    case 'term':
      return termsOf(value);
    case 'date':
      return isoDate(value) ?? (spec.required ? '' : undefined);
    case 'boolean':
      return typeof value === 'boolean' ? value : spec.default;
    case 'list':
      return splitTags(value)
        .map((entry) => repairMojibake(entry))
        .filter((entry) => entry !== '');
    case 'people':
      return peopleOf(value);
    case 'image':
      return text(imageOf(value).url);
  }
}

/** The spellings of a field present in `raw`, its own name first, with their values (negated where the alias says). */
export function presentSpellings(raw: Record<string, unknown>, name: FieldName): { alias: AliasSpec; value: unknown }[] {
  return spellingsOf(name)
    .filter((alias) => Object.hasOwn(raw, alias.name))
    .map((alias) => ({ alias, value: aliasValue(alias, raw[alias.name]) }));
}

/** A value as its field reads it: negated, or the meaning of its word (`status: draft`), where the alias says. */
function aliasValue(alias: AliasSpec, value: unknown): unknown {
  if (alias.negate && typeof value === 'boolean') return !value;
  if (alias.rank && typeof value === 'number') return value > 0;
  if (alias.label && value && typeof value === 'object' && !Array.isArray(value)) return (value as { label?: unknown }).label;
  if (alias.github && typeof value === 'string' && /^[\w.-]+\/[\w.-]+$/.test(value.trim())) return `https://github.com/${value.trim()}`;
  if (alias.urlPath && typeof value === 'string') {
    const path = /^[a-z][a-z\d+.-]*:\/\/[^/?#]+(\/[^?#]*)?/i.exec(value.trim());
    // A full URL gives its path; one with none beyond `/` (WordPress' `/?p=1823`) gives no address.
    if (path) return path[1] && path[1] !== '/' ? path[1] : [];
  }
  const word = alias.values && typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  return word !== undefined && alias.values && Object.hasOwn(alias.values, word) ? alias.values[word] : value;
}

/**
 * Raw frontmatter (from lib/content/frontmatter.ts) → the fields every later stage reads. Other
 * engines' names fill our fields (lists merge, otherwise the first spelling wins; content:check
 * reports spellings that disagree). Text is repaired here and nowhere else, so the generated JSON,
 * pages, feeds and search see the same words.
 */
export function normaliseFields(raw: Record<string, unknown>, sourceFilePath: string): PostFields {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const spec: FieldSpec = POST_FIELDS[name];
    const present = presentSpellings(raw, name);
    // Lists merge (`tags` and `categories`, `author` and `authors`); otherwise the first spelling wins.
    const value =
      spec.kind === 'list' ? present.flatMap((entry) => splitTags(tagsLine(entry.alias.name, entry.value, sourceFilePath))) : spec.kind === 'people' ? present.flatMap((entry) => peopleOf(entry.value)) : present[0]?.value;
    const normalised = normaliseField(spec, value);
    if (normalised !== undefined) fields[name] = normalised;
  }
  // Jekyll: a post without `date:` is dated by its file name; one in `_drafts/` is a draft, whatever it says.
  // …else by Obsidian's `created` (which is no date spelling: beside a `date`, it may differ without a word).
  if (fields.date === '') fields.date = isoDate(dateOfFileName(sourceFilePath)) ?? createdDate(raw) ?? '';
  if (inDraftsFolder(sourceFilePath) || passwordProtected(raw)) fields.draft = true;
  if (unlistedBy(raw)) fields.unlisted = true;
  // `cover: { image, alt, caption }` (Hugo) carries its alt text and caption.
  const cover = imageOf(presentSpellings(raw, 'cover')[0]?.value);
  if (fields.coverAlt === undefined && text(cover.alt)) fields.coverAlt = text(cover.alt);
  if (fields.coverCaption === undefined && text(cover.caption)) fields.coverCaption = text(cover.caption);
  fields.slug = slugOf(raw.slug, sourceFilePath);
  const categories = categoriesOf(raw);
  if (categories.length > 0) fields.categories = categories;
  return fields as PostFields;
}

/** Only the schema's fields of a generated document (which also holds contentlayer's own keys). */
export function pickFields(doc: PostFields): PostFields {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) if (doc[name] !== undefined) fields[name] = doc[name];
  return fields as PostFields;
}

/** The fields the content step adds to every post (computed once, stored in the generated JSON). */
export interface ComputedFields {
  excerpt: string;
  readingMinutes: number;
  wordCount: number;
  /** H2/H3 headings, computed at the content step */
  toc: TocEntry[];
  /** `cover:` processed at the content step (lib/markdown/cover.ts) */
  coverImage?: CoverImage | undefined;
  /** The authors' `picture`s processed at the content step, by the path written */
  authorPictures?: Record<string, ProcessedImage> | undefined;
  /** Site path of the share card drawn at the content step (lib/markdown/cover.ts); none with a cover or for a draft */
  shareCard?: string | undefined;
}

/** A generated post document as the store reads it from `.contentlayer/generated`. */
export type PostDocument = PostFields &
  ComputedFields & {
    /** `.md`: contentlayer's HTML; `.mdx`: `html` below instead */
    body: { html?: string };
    html?: string;
    _raw: { sourceFilePath: string; sourceFileName: string };
  };

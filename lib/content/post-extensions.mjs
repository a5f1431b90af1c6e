// Plain JavaScript without imports: the content step's scripts (scripts/build/*.mjs) read it as they are,
// and lib/content/schema.ts hands it to the rest of the site.

/**
 * The extensions of a Markdown post: `.md` and the others Jekyll and Hugo read (`jekyll new` writes
 * `.markdown`). Lower case only, as contentlayer's file patterns match case-sensitively. contentlayer2
 * itself reads only `.md`: patches/@contentlayer2+source-files+*.patch (applied on `npm install`) adds
 * these.
 */
export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdown', 'mkdn', 'mkd', 'mkdown', 'mdwn'];

/**
 * An HTML post: Jekyll and Hugo read an `.html` file that opens with frontmatter as a post (jekyll-import
 * writes WordPress' posts so), its body as HTML; so is a post of Medium's export. Any other without
 * frontmatter is no post (content:check names it).
 */
export const HTML_EXTENSIONS = ['html', 'htm'];
export const HTML_FILE = /\.html?$/;

/** Whether a file's text opens with frontmatter (Jekyll's YAML, or Hugo's TOML), which makes an HTML file a post. */
export const opensWithFrontmatter = (text) => /^\uFEFF?(?:---|\+\+\+)[ \t]*\r?\n/.test(text);

/**
 * The images a post may show, by their extension (any case: a camera writes `IMG_0001.JPG`): what the image
 * step reads (lib/markdown/images.ts; TIFF and HEIF through sharp, AVIF-coded HEIF only).
 */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'tif', 'tiff', 'heic', 'heif'];
export const IMAGE_FILE = new RegExp(`\\.(?:${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** Every extension of a post file: a Markdown extension above, or `.mdx`. */
export const POST_EXTENSIONS = [...MARKDOWN_EXTENSIONS, 'mdx'];

/** A post's file name. */
export const POST_FILE = new RegExp(`\\.(?:${POST_EXTENSIONS.join('|')})$`);

/** The two marks of a post of Medium's export (its `posts/` folder): its article, and the article's body section. */
export const MEDIUM_ARTICLE = /<article class="h-entry">/;
export const MEDIUM_BODY = /<section data-field="body" class="e-content">/;

/** Whether an HTML file's text is a post of Medium's export: lib/content/medium.ts reads it. */
export const isMediumExport = (text) => MEDIUM_ARTICLE.test(text) && MEDIUM_BODY.test(text);

/**
 * A post of Substack's export, by its name: `posts/<id>.<slug>.html`, its body only; its title, date and
 * state are a row of `posts.csv` beside the `posts/` folder (SUBSTACK_CSV). lib/content/substack.ts reads both.
 */
export const SUBSTACK_POST = /(?:^|[\\/])(\d{1,15})\.([a-z0-9][a-z0-9-]{0,200})\.html$/;
export const SUBSTACK_CSV = 'posts.csv';

/**
 * Whether a file is a post: by its name (a Markdown file, or a post of Substack's export), or an HTML file
 * whose `text` (read only then) opens with frontmatter or is a post of Medium's export.
 */
export const isPostFile = (name, text) =>
  POST_FILE.test(name) || SUBSTACK_POST.test(name) || (HTML_FILE.test(name) && ((written) => opensWithFrontmatter(written) || isMediumExport(written))(text()));

/**
 * A Hugo or Zola section's page (`_index.md`, which Zola needs in every section folder): it lists the
 * section's posts and is never a post itself. Read by content:check, not built.
 */
export const SECTION_FILE = new RegExp(`(?:^|[\\\\/])_index\\.(?:${POST_EXTENSIONS.join('|')})$`);

/**
 * A post's file whose name starts with `_`: a section page (SECTION_FILE), or a file Astro (AstroPaper's content pattern
 * is `[^_]*.md`), Jekyll, Docusaurus and Gatsby never publish: a draft put aside, or a part other pages
 * include (Docusaurus' `_intro.mdx`). Never built; content:check names each.
 */
export const UNDERSCORE_FILE = new RegExp(`(?:^|[\\\\/])_[^\\\\/]*\\.(?:${[...POST_EXTENSIONS, ...HTML_EXTENSIONS].join('|')})$`);

/**
 * The hidden folder (a name starting with `.`) a file is in, from a path under content/, or undefined: an
 * Obsidian vault's settings (`.obsidian/`) and deleted notes (`.trash/`), a clone's `.git/`, an editor's
 * `.vscode/`. None is content: never read, built or watched (contentlayer's glob leaves them out too), and
 * content:check names each once.
 */
export const hiddenFolderOf = (relative) => {
  const folders = relative.split(/[\\/]/).slice(0, -1);
  const at = folders.findIndex((folder) => folder.startsWith('.') && folder !== '.' && folder !== '..');
  return at === -1 ? undefined : folders.slice(0, at + 1).join('/');
};

/** The one file of a hidden folder the site reads: an Obsidian vault's settings (lib/markdown/obsidian-vault.ts). */
export const VAULT_SETTINGS_FILE = /(?:^|[\\/])\.obsidian[\\/]app\.json$/;

/**
 * Whether the site reads a file under content/ (its path from there) at all: one in no hidden folder, or a
 * vault's settings. What the cache key hashes and `npm run dev` watches.
 */
export const isReadBySite = (relative) => hiddenFolderOf(relative) === undefined || VAULT_SETTINGS_FILE.test(relative);

/**
 * Whether the build may read a file (its path from content/ or content/posts/) as a post: a post's or an HTML
 * file's name, not named with `_`, in no hidden folder. `isPostFile` then tells an HTML file by its text.
 */
export const mayBePostFile = (relative) => (POST_FILE.test(relative) || HTML_FILE.test(relative)) && !UNDERSCORE_FILE.test(relative) && hiddenFolderOf(relative) === undefined;

/** contentlayer's glob for the files it must not read as posts (UNDERSCORE_FILE). */
export const UNDERSCORE_GLOB = `posts/**/_*.{${[...POST_EXTENSIONS, ...HTML_EXTENSIONS].join(',')}}`;

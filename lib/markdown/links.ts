import fs from 'node:fs';
import path from 'node:path';
import type { Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readFrontmatter } from '../content/frontmatter';
import { isPostFile, mayBePostFile, normaliseFields, POST_FILE, slugOf } from '../content/schema';
import { tagSlug } from '../content/tags';
import { decodeUrlPart, postPath, routePath, tagPath } from '../routes';
import { besidePost, inAssetFolder, inPostsFolder, pathFromContentRoot, statImageFile } from './image-source';
import { publishFile } from './images';
import { imageFolders, imageOutput, markdownFileOf } from './rehype-images';

/**
 * Links in a post body, one rule for the build and for content:check. A link to another post's file,
 * written relative to this one as an editor's preview and GitHub follow it (`[Part 2](./part-2.md#setup)`),
 * becomes that post's address; a site path (`/archive`) gets the base path, as images do.
 */

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * Whether a file a link names is a post: a Markdown name, or an HTML file there that opens with frontmatter
 * (Jekyll's and Hugo's `.html` posts link to each other so).
 */
function namesPost(file: string): boolean {
  return isPostFile(file, () => {
    try {
      // Its opening is enough to tell.
      const opening = Buffer.alloc(16);
      const handle = fs.openSync(file, 'r');
      try {
        return opening.toString('utf8', 0, fs.readSync(handle, opening, 0, opening.length, 0));
      } finally {
        fs.closeSync(handle);
      }
    } catch {
      return '';
    }
  });
}

/** The file a relative link names when it is a post (`./part-2.md#setup`, `./older.html`), with what follows its path. */
export function postFileTarget(href: string, markdownFile: string): { file: string; suffix: string } | undefined {
  const target = relativeFileTarget(href, markdownFile);
  return target && namesPost(target.file) ? target : undefined;
}

/**
 * A relative link to a file that is not a post (`[the slides](./slides.pdf#page=2)`, a photo's original
 * around its image): the build publishes the file (`publishedFile`), as it does the images beside a post.
 * A link to a folder or a page (`../other-post/`, an old engine's `other.html` that is no file here) is none.
 */
function attachmentTarget(href: string, markdownFile: string): { file: string; suffix: string } | undefined {
  const target = relativeFileTarget(href, markdownFile);
  // A Markdown file in the wrong case (`x.MD`) is no post and no attachment: content:check names it.
  if (!target || POST_FILE.test(target.file.toLowerCase()) || !/\.[a-z\d]+$/i.test(target.file)) return undefined;
  return /\.html?$/i.test(target.file) && !fs.existsSync(target.file) ? undefined : target;
}

/**
 * A relative link to a page (`../other-post/`, `../../tags/rollups`), from the post's address as a folder
 * (`/posts/<slug>/`, as a static export serves it and Hugo did): the site path it names, in the shape this
 * build serves pages, so it leads to one page in every deploy mode (from `/posts/<slug>` without the slash,
 * `next start` would otherwise resolve it one folder higher).
 */
export function relativePagePath(href: string, slug: string): string | undefined {
  if (href === '' || SCHEME.test(href) || /^[/#?\\]/.test(href)) return undefined;
  let url: URL;
  try {
    url = new URL(href, `http://site${postPath(slug)}/`);
  } catch {
    return undefined;
  }
  // `../../..//x` would otherwise resolve to `//x`, another host.
  const pathname = url.pathname.replace(/^\/{2,}/, '/').replace(/(.)\/$/, '$1');
  return routePath(`${pathname}${url.search}${url.hash}`);
}

/**
 * A link by a path from the old site's content folder: Zola's `@/blog/other.md#setup`, Pelican's
 * `{filename}/other.md` (`pathFromContentRoot`), found where the folder was copied (`inPostsFolder`).
 */
function contentRootTarget(href: string, root: string): { file: string; suffix: string } | undefined {
  const fromRoot = pathFromContentRoot(href);
  if (fromRoot === undefined) return undefined;
  const dir = postsDir(root);
  // Resolved as from a file in content/posts/; a path that climbs out of it is no such link.
  const target = relativeFileTarget(`./${fromRoot.replace(/^\/+/, '')}`, path.join(dir, 'index.md'));
  if (!target || path.relative(dir, target.file).split(path.sep)[0] === '..') return undefined;
  return { file: inPostsFolder(target.file, dir), suffix: target.suffix };
}

// Pelican's links to its own pages: `{tag}python`, `{category}python` (a tag here, as categories are) and
// `{index}`; in an address as the HTML tree has it, percent-encoded.
const PELICAN_PAGE = /^(?:\{|%7B)(tag|category|index)(?:\}|%7D)([^#?]*)(.*)$/i;

/** The site path of a Pelican page link (`{tag}python` → /tags/python), or undefined for any other link. */
function pelicanPage(href: string): string | undefined {
  const match = PELICAN_PAGE.exec(href);
  if (!match) return undefined;
  if (match[1]?.toLowerCase() === 'index') return `/${match[3] ?? ''}`;
  // Not percent-encoded as a URL would be: the name as written.
  const name = decodeUrlPart(match[2] ?? '') ?? match[2] ?? '';
  const slug = tagSlug(name);
  return slug ? `${tagPath(slug)}${match[3] ?? ''}` : undefined;
}

/**
 * Whether a link names a file alone, with no folder (`Other note.md`, as Obsidian's `[[Other note]]` is read;
 * Pelican's `{filename}other.md`): `linkTarget` looks for a post of that name in another folder, as Obsidian
 * finds a note anywhere in its vault, and content:check says so.
 */
export function namesFileAlone(href: string): boolean {
  return pathFromContentRoot(href) === undefined && !/[\\/]/.test(besidePost(href).replace(/[?#].*$/, ''));
}

/**
 * What a link in a post leads to, by one order of rules for the build (`rehypeSiteLinks`) and content:check
 * (`postLinksOf`): another post's file (Zola's `@/…` and Pelican's `{filename}…` too), a file beside the posts to publish, else an
 * address (a relative link to a page resolved from the post's own, `slug`; any other link as written).
 */
export function linkTarget(
  href: string,
  from: { markdownFile?: string | undefined; slug?: string | undefined; root?: string | undefined },
): { kind: 'post-file'; file: string; suffix: string } | { kind: 'attachment'; file: string; suffix: string } | { kind: 'address'; address: string } {
  const page = pelicanPage(href);
  if (page !== undefined) return { kind: 'address', address: page };
  const fromRoot = from.root === undefined ? undefined : contentRootTarget(href, from.root);
  if (fromRoot) return { kind: namesPost(fromRoot.file) ? 'post-file' : 'attachment', ...fromRoot };
  // Pelican's `{filename}other.md`: a path from the post's folder.
  const written = besidePost(href);
  if (from.markdownFile) {
    const post = postFileTarget(written, from.markdownFile);
    // A post named alone that is not beside this one: the one post of that name in another folder.
    if (post && from.root !== undefined && namesFileAlone(href) && !fs.existsSync(post.file)) return { kind: 'post-file', ...post, file: inPostsFolder(post.file, postsDir(from.root)) };
    if (post) return { kind: 'post-file', ...post };
    const attachment = attachmentTarget(written, from.markdownFile);
    if (attachment) return { kind: 'attachment', ...attachment };
  }
  return { kind: 'address', address: (from.slug !== undefined ? relativePagePath(written, from.slug) : undefined) ?? written };
}

/** The file a relative link's path names, from the Markdown file's folder, with what follows its path. */
function relativeFileTarget(href: string, markdownFile: string): { file: string; suffix: string } | undefined {
  if (SCHEME.test(href) || /^[/#?]/.test(href)) return undefined;
  const cut = href.search(/[?#]/);
  const pathPart = cut === -1 ? href : href.slice(0, cut);
  if (pathPart === '' || pathPart.endsWith('/')) return undefined;
  // Not percent-encoded as a URL would be: the path as written.
  const decoded = decodeUrlPart(pathPart) ?? pathPart;
  return { file: inAssetFolder(path.resolve(path.dirname(markdownFile), decoded), markdownFile), suffix: cut === -1 ? '' : href.slice(cut) };
}

/**
 * Types a browser would open as a page of this site and run (HTML, SVG, XML, scripts): from beside a post,
 * where anyone who writes a post may put a file, they are not published. Every other type is (a PDF, a
 * photo's original, a zip, a data file), served as a download or shown by the browser's own viewer.
 */
const ACTIVE_TYPES = /\.(?:html?|xhtml?|shtml|mhtml?|svgz?|xml|xslt?|m?js|cjs|swf)$/i;

/** The published file behind an attachment link, or why there is none. One rule for the build and content:check. */
export function publishedFile(file: string, root: string): { ok: true; file: string } | { ok: false; message: string; fix: string } {
  const { contentDir, publicDir } = imageFolders(root);
  const shown = path.relative(root, file).split(path.sep).join('/');
  const relative = path.relative(contentDir, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, message: `links to ${shown}, outside the content folder: the build publishes only files beside the posts.`, fix: 'Copy the file next to the post and link it there (e.g. ./slides.pdf), or put it in public/ and link its site path.' };
  }
  if (ACTIVE_TYPES.test(file)) {
    return { ok: false, message: `links to ${shown}, a type a browser would run as a page of this site: it is not published from beside a post.`, fix: 'Put it in public/ (served as it is, under your review) and link its site path, or link a copy on another site.' };
  }
  if (!fs.existsSync(file)) {
    return { ok: false, message: `links to ${shown}, which does not exist: readers would get a 404.`, fix: 'Check the spelling (names are case-sensitive), or save the file next to the post.' };
  }
  const found = statImageFile(file, { markdownFile: file, contentDir, publicDir }, 'linked');
  return found.ok ? found : { ok: false, message: `cannot be published: ${found.message}`, fix: found.fix };
}

/** Where the posts are, under the project root. */
function postsDir(root: string): string {
  return imageFolders(root).postsDir;
}


/** The posts' slugs: by post file (absolute path), and by file name for each post whose frontmatter gives it another one. */
export interface PostSlugs {
  slugs: ReadonlySet<string>;
  byFile: ReadonlyMap<string, string>;
  renamed: ReadonlyMap<string, string>;
  /** Each post's title, by slug: the text of a link to it that has none (Hexo's `{% post_link x %}`) */
  titles: ReadonlyMap<string, string>;
}

function readPostSlugs(root: string): PostSlugs {
  const dir = postsDir(root);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && mayBePostFile(path.relative(dir, path.join(entry.parentPath, entry.name)))) : [];
  const byFile = new Map<string, string>();
  const renamed = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    const text = fs.readFileSync(file, 'utf8');
    if (!isPostFile(entry.name, () => text)) continue;
    const front = readFrontmatter(text, relative, file);
    const { slug, title } = normaliseFields(front?.data ?? {}, path.join('posts', relative));
    const byName = slugOf(undefined, relative);
    byFile.set(file, slug);
    if (title) titles.set(slug, title);
    if (byName !== slug) renamed.set(byName, slug);
  }
  return { slugs: new Set(byFile.values()), byFile, renamed, titles };
}

let remembered: { run: string; root: string; slugs: PostSlugs } | undefined;
/**
 * Read once per run of the content step (scripts/build/content-build.mjs numbers its runs in
 * CONTENT_STEP_RUN, so `npm run dev` reads them again after a change); every time without it.
 */
export function postSlugs(root: string): PostSlugs {
  const run = process.env.CONTENT_STEP_RUN;
  if (run && remembered?.run === run && remembered.root === root) return remembered.slugs;
  const slugs = readPostSlugs(root);
  if (run) remembered = { run, root, slugs };
  return slugs;
}

/**
 * `/posts/<name>` where `<name>` is a post's file name but its frontmatter gives another slug (what Jekyll's
 * `post_url`, Hugo's `ref` and authors write): the post's address. Any other link as written.
 */
export function followRenamedPost(href: string, slugs: PostSlugs): string {
  const match = /^\/posts\/([^/?#]+)(.*)$/s.exec(href);
  if (!match?.[1]) return href;
  const name = decodeUrlPart(match[1]);
  if (name === undefined) return href;
  const slug = slugs.slugs.has(name) ? undefined : slugs.renamed.get(name);
  return slug === undefined ? href : `${postPath(slug)}${match[2] ?? ''}`;
}

/** A site path from a post (`/archive`) as the browser must request it under a base path; any other link as written. */
export function withSiteBase(href: string, basePath: string): string {
  if (!basePath || !href.startsWith('/') || href.startsWith('//')) return href;
  // Written with the base path already (or a link the content step made): left alone.
  return href === basePath || href.startsWith(`${basePath}/`) || href.startsWith(`${basePath}?`) || href.startsWith(`${basePath}#`) ? href : `${basePath}${href}`;
}

/**
 * The attributes that name a file to open or to play, by element: a link's `href`, and the `src` of a video,
 * a sound, their sources and captions (and a video's `poster`), which may be files beside the post too.
 */
export const ADDRESS_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = { a: ['href'], video: ['src', 'poster'], audio: ['src'], source: ['src'], track: ['src'] };

/**
 * The addresses an element names and how to replace each: an HTML element's (ADDRESS_ATTRIBUTES), or the
 * same JSX element's in an `.mdx` post (`<a href="…">`, `<video src="…">`).
 */
function addressesOf(node: Root | RootContent): { href: string; set: (href: string) => void }[] {
  if (node.type === 'element') {
    const { properties } = node;
    return (Object.hasOwn(ADDRESS_ATTRIBUTES, node.tagName) ? (ADDRESS_ATTRIBUTES[node.tagName] ?? []) : []).flatMap((name) => {
      const value = properties[name];
      return typeof value === 'string' ? [{ href: value, set: (to: string) => void (properties[name] = to) }] : [];
    });
  }
  if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || !node.name || !Object.hasOwn(ADDRESS_ATTRIBUTES, node.name)) return [];
  const names = ADDRESS_ATTRIBUTES[node.name] ?? [];
  return node.attributes.flatMap((entry) => {
    if (entry.type !== 'mdxJsxAttribute' || !names.includes(entry.name) || typeof entry.value !== 'string') return [];
    const href = entry.value;
    return [{ href, set: (to: string) => void (entry.value = to) }];
  });
}

/**
 * Every `<a href>` of a post (Markdown links, raw HTML anchors once parsed, an `.mdx` post's JSX anchors),
 * and every video's, sound's and caption track's file (ADDRESS_ATTRIBUTES): a link to another post's file
 * becomes the post's address, a file beside the post is published and named there (a clip beside its post
 * plays as one in public/ does), a relative link to a page becomes the site path it names, and a site path
 * gets the base path. A file that is no post or cannot be published stays as written; content:check has
 * already stopped the build on it.
 */
export function rehypeSiteLinks(options: { root: string; basePath: string }) {
  return async (tree: Root, file: VFile) => {
    const markdownFile = markdownFileOf(file, options.root);
    const slugs = postSlugs(options.root);
    const from = { markdownFile, slug: markdownFile ? slugs.byFile.get(markdownFile) : undefined, root: options.root };
    const published: Promise<void>[] = [];
    // A link to a post with no text of its own shows the post's title, as Hexo's `{% post_link x %}` does.
    const titleEmpty = (node: Root | RootContent, slug: string | undefined) => {
      const decoded = slug === undefined ? undefined : decodeUrlPart(slug);
      // A malformed escape names no post.
      const title = (slug === undefined ? undefined : slugs.titles.get(slug)) ?? (decoded === undefined ? undefined : slugs.titles.get(decoded));
      if (node.type === 'element' && node.tagName === 'a' && title && toString(node).trim() === '' && !node.children.some((child) => child.type === 'element')) node.children = [{ type: 'text', value: title }];
    };
    visit(tree, (node) => {
      for (const link of addressesOf(node)) follow(node, link);
    });
    function follow(node: Root | RootContent, link: { href: string; set: (href: string) => void }) {
      const target = linkTarget(link.href, from);
      if (target.kind === 'post-file') {
        const slug = slugs.byFile.get(target.file);
        // In the shape this build serves pages (a static export's trailing slash), as the site's own links.
        if (slug !== undefined) link.set(`${options.basePath}${routePath(`${postPath(slug)}${target.suffix}`)}`);
        titleEmpty(node, slug);
      } else if (target.kind === 'attachment') {
        const found = publishedFile(target.file, options.root);
        if (found.ok) published.push(publishFile(found.file, imageOutput(options.root, found.file)).then((url) => link.set(`${options.basePath}${url}${target.suffix}`)));
      } else {
        const followed = target.address.startsWith('/posts/') ? followRenamedPost(target.address, slugs) : target.address;
        link.set(withSiteBase(followed, options.basePath));
        titleEmpty(node, /^\/posts\/([^/?#]+)/.exec(followed)?.[1]);
      }
    }
    await Promise.all(published);
  };
}

import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readFrontmatter } from '../content/frontmatter';
import { normaliseFields, POST_FILE, slugOf } from '../content/schema';
import { postPath, routePath } from '../routes';
import { markdownFileOf } from './rehype-images';

/**
 * Links in a post body, one rule for the build and for content:check. A link to another post's file,
 * written relative to this one as an editor's preview and GitHub follow it (`[Part 2](./part-2.md#setup)`),
 * becomes that post's address; a site path (`/archive`) gets the base path, as images do.
 */

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** The file a relative link names when it is a Markdown file (`./part-2.md#setup`), with what follows its path. */
export function postFileTarget(href: string, markdownFile: string): { file: string; suffix: string } | undefined {
  if (SCHEME.test(href) || /^[/#?]/.test(href)) return undefined;
  const cut = href.search(/[?#]/);
  const pathPart = cut === -1 ? href : href.slice(0, cut);
  if (!POST_FILE.test(pathPart)) return undefined;
  let decoded = pathPart;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    // Not percent-encoded as a URL would be: the path as written.
  }
  return { file: path.resolve(path.dirname(markdownFile), decoded), suffix: cut === -1 ? '' : href.slice(cut) };
}

/** Where the posts are, under the project root. */
function postsDir(root: string): string {
  return path.join(root, 'content', 'posts');
}


/** The posts' slugs: by post file (absolute path), and by file name for each post whose frontmatter gives it another one. */
export interface PostSlugs {
  slugs: ReadonlySet<string>;
  byFile: ReadonlyMap<string, string>;
  renamed: ReadonlyMap<string, string>;
}

function readPostSlugs(root: string): PostSlugs {
  const dir = postsDir(root);
  const files = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && POST_FILE.test(entry.name)) : [];
  const byFile = new Map<string, string>();
  const renamed = new Map<string, string>();
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(dir, file);
    const front = readFrontmatter(fs.readFileSync(file, 'utf8'));
    const slug = normaliseFields(front?.data ?? {}, path.join('posts', relative)).slug;
    const byName = slugOf(undefined, relative);
    byFile.set(file, slug);
    if (byName !== slug) renamed.set(byName, slug);
  }
  return { slugs: new Set(byFile.values()), byFile, renamed };
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
  let name = match[1];
  try {
    name = decodeURIComponent(name);
  } catch {
    return href;
  }
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
 * Every `<a href>` of a post (Markdown links, and raw HTML anchors once parsed): a link to another
 * post's file becomes the post's address, a site path gets the base path. A link to a file that is no
 * post stays as written; content:check has already stopped the build on it.
 */
export function rehypeSiteLinks(options: { root: string; basePath: string }) {
  return (tree: Root, file: VFile) => {
    const markdownFile = markdownFileOf(file, options.root);
    visit(tree, 'element', (node: Element) => {
      const href = node.tagName === 'a' ? node.properties.href : undefined;
      if (typeof href !== 'string') return;
      const target = markdownFile ? postFileTarget(href, markdownFile) : undefined;
      if (target) {
        const slug = postSlugs(options.root).byFile.get(target.file);
        // In the shape this build serves pages (a static export's trailing slash), as the site's own links.
        if (slug !== undefined) node.properties.href = `${options.basePath}${routePath(`${postPath(slug)}${target.suffix}`)}`;
        return;
      }
      const followed = href.startsWith('/posts/') ? followRenamedPost(href, postSlugs(options.root)) : href;
      node.properties.href = withSiteBase(followed, options.basePath);
    });
  };
}

import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { inlineMarkdown } from '../markdown/inline-markdown';
import { ADDRESS_ATTRIBUTES, linkTarget } from '../markdown/links';
import { decodeUrlPart } from '../routes';

/** A link of a post that leads to another post: its file (from the project root) or its address's slug. */
export interface PostLink {
  line: number;
  /** As the author wrote it, for the message */
  written: string;
  /** `[Part 2](./part-2.md)`: the file it names, relative to the project root, with `/` separators */
  file?: string;
  /** `/posts/part-2`, Jekyll's `post_url`, Hugo's `ref`: the slug of the address */
  slug?: string;
  /** `[the slides](./slides.pdf)`: a file beside the posts the build publishes, relative to the project root */
  attachment?: string;
  /** Any other site path (`/archive`, `/2023/08/14/welcome.html`), without its query or fragment */
  sitePath?: string;
}

const ANCHOR_HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
// A player's tag and each file it names (lib/markdown/links.ts ADDRESS_ATTRIBUTES).
const MEDIA_TAG = /<(?:video|audio|source|track)\b[^>]*>/gi;
const MEDIA_FILE = /(?<![\w-])(?:src|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const MEDIA_ELEMENTS = new Set(Object.keys(ADDRESS_ATTRIBUTES).filter((name) => name !== 'a'));

/**
 * The files a body's players name (`<video src>` and its `poster`, `<audio>`, `<source>`, `<track>`), at
 * their lines: raw HTML, or an `.mdx` post's JSX.
 */
export function mediaUrls(tree: Root): { url: string; line: number }[] {
  const urls: { url: string; line: number }[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && MEDIA_ELEMENTS.has(node.name ?? '')) {
      const names = ADDRESS_ATTRIBUTES[node.name ?? ''] ?? [];
      for (const entry of node.attributes) if (entry.type === 'mdxJsxAttribute' && names.includes(entry.name) && typeof entry.value === 'string') urls.push({ url: entry.value, line });
    } else if (node.type === 'html') {
      for (const tag of node.value.matchAll(MEDIA_TAG)) {
        const at = line + (node.value.slice(0, tag.index).match(/\n/g)?.length ?? 0);
        for (const file of tag[0].matchAll(MEDIA_FILE)) urls.push({ url: file[1] ?? file[2] ?? file[3] ?? '', line: at });
      }
    }
  });
  return urls;
}

/**
 * Every address a body's tree links to, at its line in the body: Markdown links, definitions (but one only
 * images use, which the image check reads), raw HTML anchors, an `.mdx` post's JSX anchors.
 */
export function bodyLinkUrls(tree: Root): { url: string; line: number }[] {
  const links: { url: string; line: number }[] = [];
  const linked = new Set<string>();
  const imaged = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'linkReference') linked.add(node.identifier);
    else if (node.type === 'imageReference') imaged.add(node.identifier);
  });
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    // A link's address ends it: when its text wraps, the line to edit is the last one.
    if (node.type === 'link') links.push({ url: node.url, line: node.position?.end.line ?? line });
    // A title with a link: the figure's caption links there (lib/markdown/remark-plugins.ts).
    else if (node.type === 'image' && node.title?.includes('](')) {
      for (const child of inlineMarkdown(node.title) ?? []) visit(child, 'link', (link) => void links.push({ url: link.url, line }));
    }
    else if (node.type === 'definition' && (linked.has(node.identifier) || !imaged.has(node.identifier))) links.push({ url: node.url, line });
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      // An `.mdx` post's JSX anchor with a written address (an expression is code, left to its author).
      const href = node.attributes.find((entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === 'href')?.value;
      if (typeof href === 'string') links.push({ url: href, line });
    }
    else if (node.type === 'html') {
      for (const match of node.value.matchAll(ANCHOR_HREF)) {
        const url = match[1] ?? match[2] ?? match[3] ?? '';
        links.push({ url, line: line + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0) });
      }
    }
  });
  return links;
}

/**
 * The links of a body that content:check follows across posts: a relative link to a Markdown file (the
 * build turns it into the post's address) or to another file (which the build publishes), a site path
 * under `/posts/`, and any other site path, written as one or relative to the post's address.
 */
export function postLinksOf(tree: Root, options: { markdownFile: string; root: string; bodyLine: number; slug?: string }): PostLink[] {
  // A player's file beside the post is published as a linked file is (its site path is lib/check/images.ts' to check).
  const media = mediaUrls(tree).flatMap(({ url, line }): PostLink[] => {
    const target = linkTarget(url, options);
    return target.kind === 'attachment' ? [{ line: options.bodyLine + line - 1, written: url, attachment: path.relative(options.root, target.file).split(path.sep).join('/') }] : [];
  });
  return [...media, ...bodyLinkUrls(tree).flatMap(({ url, line }): PostLink[] => {
    const fileLine = options.bodyLine + line - 1;
    // Checked as the build makes it: a relative link to a page, as the site path it becomes.
    const target = linkTarget(url, options);
    if (target.kind !== 'address') {
      const fromRoot = path.relative(options.root, target.file).split(path.sep).join('/');
      return [target.kind === 'post-file' ? { line: fileLine, written: url, file: fromRoot } : { line: fileLine, written: url, attachment: fromRoot }];
    }
    const { address } = target;
    const slug = /^\/posts\/([^/?#]+)\/?(?:[?#]|$)/.exec(address)?.[1];
    if (!slug) return address.startsWith('/') && !address.startsWith('//') ? [{ line: fileLine, written: url, sitePath: address.split(/[?#]/)[0] ?? address }] : [];
    // A malformed escape: the slug as written, which no post has.
    return [{ line: fileLine, written: url, slug: decodeUrlPart(slug) ?? slug }];
  })];
}

import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { embeddedPage, embedLink } from './embeds';
import { REMOTE_IMAGE } from './remote-images';

/**
 * HTML written in a post (`<details>`, `X<sup>n</sup>`, a `<div>` of photos) is parsed into the tree,
 * so the sanitiser (lib/markdown/rehype-plugins.ts) keeps what its allow-list permits instead of
 * the whole block being dropped. Markdown between HTML blocks stays Markdown (CommonMark's rule).
 */

/** Whether an element's `src` names a file on another site (a scheme, or `//host`), which the Content-Security-Policy blocks. */
export const fromAnotherSite = (src: string): boolean => /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(src.trim());

/** Attributes no author-written element keeps as written: styling, and ids (an id can clobber a page global). */
const AUTHOR_DROPPED = ['style', 'id', 'name'] as const;

/**
 * The prefix of an anchor an author wrote (`<a name="setup">`, `<li id="fn1">`), as GitHub prefixes them: the
 * element keeps it under a name no page global or id of the site's has, and the post's links to it follow.
 */
const AUTHOR_ANCHOR_PREFIX = 'user-content-';
const ANCHOR_NAME = /^[\p{L}\p{N}_.:-]{1,100}$/u;
/** An author's anchor as kept: the only id the sanitiser lets through beyond the pipeline's own. */
export const AUTHOR_ANCHOR_ID = new RegExp(`^${AUTHOR_ANCHOR_PREFIX}${ANCHOR_NAME.source.slice(1)}`, 'u');

/**
 * The anchor an element the author wrote names, kept (prefixed) where it is safe: an `id`, or an old
 * `<a name>`. A heading's id is its own instead (as `{#id}`: lib/markdown/rehype-plugins.ts). Undefined for
 * none, or one not of letters, digits, `_ . : -`.
 */
export function authorAnchor(element: Element): string | undefined {
  if (/^h[1-6]$/.test(element.tagName)) return undefined;
  const { id, name } = element.properties;
  const anchor = typeof id === 'string' && id !== '' ? id : element.tagName === 'a' && typeof name === 'string' ? name : undefined;
  return anchor !== undefined && ANCHOR_NAME.test(anchor) ? anchor : undefined;
}

/**
 * Parses raw HTML (only when a post has some: the re-parse costs time on every post otherwise),
 * then takes styling and ids off the elements the author wrote. Elements the pipeline generates
 * (Shiki's coloured spans, heading ids) are told apart by their source position.
 */
/** Old HTML's names for elements HTML 5 keeps under another: HTML 4's `<acronym>` is `<abbr>`. */
export const RENAMED_ELEMENTS: Readonly<Record<string, string>> = { acronym: 'abbr' };

export function rehypeAuthorHtml() {
  return (tree: Root, file: VFile): Root => {
    const spans: [number, number][] = [];
    visit(tree, 'raw', (node) => {
      const { start, end } = node.position ?? {};
      spans.push([start?.offset ?? -1, end?.offset ?? -1]);
    });
    if (spans.length === 0) return tree;
    // The re-parse keeps properties but not `data`: carry each fence's meta string (Shiki reads `metastring`).
    visit(tree, 'element', (node: Element) => {
      const meta = (node.data as { meta?: string } | undefined)?.meta;
      if (node.tagName === 'code' && meta) node.properties.metastring = meta;
    });
    const parsed = rehypeRaw()(tree, file) as Root;
    // The ids the pipeline made (GFM's footnotes): an anchor the author wrote never repeats one.
    const ids = new Set<unknown>();
    const anchors = new Set<string>();
    visit(parsed, 'element', (node: Element) => {
      if (node.properties.id !== undefined && !writtenNode(node, spans)) ids.add(node.properties.id);
    });
    visit(parsed, 'element', (node: Element, index, parent) => {
      if (!writtenNode(node, spans)) return;
      // A known player's frame: a link to the page it plays, in a paragraph of its own when it stood alone.
      const page = node.tagName === 'iframe' ? embeddedPage(node.properties.src) : undefined;
      if (page && parent && index !== undefined) {
        const link: Element = { type: 'element', tagName: 'a', properties: { href: page }, children: [{ type: 'text', value: embedLink(page, node.properties.title).text }] };
        parent.children[index] = parent.type === 'root' ? { type: 'element', tagName: 'p', properties: {}, children: [link] } : link;
        return 'skip';
      }
      if (Object.hasOwn(RENAMED_ELEMENTS, node.tagName)) node.tagName = RENAMED_ELEMENTS[node.tagName] ?? node.tagName;
      const anchor = authorAnchor(node);
      const heading = /^h[1-6]$/.test(node.tagName) ? node.properties.id : undefined;
      for (const name of AUTHOR_DROPPED) delete node.properties[name];
      if (heading !== undefined) node.properties.id = heading;
      if (anchor !== undefined && !anchors.has(anchor) && !ids.has(AUTHOR_ANCHOR_PREFIX + anchor)) {
        anchors.add(anchor);
        node.properties.id = AUTHOR_ANCHOR_PREFIX + anchor;
      }
      // An <img> the author wrote shows a file of the site (a site path, a path beside the post, or the copy of
      // an image on another site, which the images step resolves as it does a Markdown image's) or nothing:
      // content:check stops the build on any other source (lib/check/images.ts), so a real post never loses one silently.
      const src = node.properties.src;
      const shown = typeof src === 'string' && src.trim() !== '' && (!fromAnotherSite(src) || REMOTE_IMAGE.test(src.trim()));
      if (node.tagName === 'img' && parent && index !== undefined && !shown) {
        parent.children.splice(index, 1);
        return index;
      }
    });
    // The post's links to its anchors (`[the details](#details)`, `<a href="#fn1">`) lead to them as kept.
    if (anchors.size > 0) {
      visit(parsed, 'element', (node: Element) => {
        const href = node.tagName === 'a' ? node.properties.href : undefined;
        if (typeof href !== 'string' || !href.startsWith('#')) return;
        const target = decodedFragment(href.slice(1));
        if (anchors.has(target)) node.properties.href = `#${AUTHOR_ANCHOR_PREFIX}${target}`;
      });
    }
    return parsed;
  };
}

/** Whether an element is one the author wrote: generated ones (footnotes, figures) have no position, or one outside every raw span. */
function writtenNode(node: Element, spans: readonly [number, number][]): boolean {
  const offset = node.position?.start.offset;
  return offset !== undefined && spans.some(([start, end]) => offset >= start && offset < end);
}

function decodedFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

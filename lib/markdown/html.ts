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

/** Attributes no author-written element keeps: styling and ids (an id can clobber a page global). */
const AUTHOR_DROPPED = ['style', 'id', 'name'] as const;

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
    visit(parsed, 'element', (node: Element, index, parent) => {
      const offset = node.position?.start.offset;
      // Generated elements (footnotes, figures) have no position, or one outside every raw span.
      const written = offset !== undefined && spans.some(([start, end]) => offset >= start && offset < end);
      if (!written) return;
      // A known player's frame: a link to the page it plays, in a paragraph of its own when it stood alone.
      const page = node.tagName === 'iframe' ? embeddedPage(node.properties.src) : undefined;
      if (page && parent && index !== undefined) {
        const link: Element = { type: 'element', tagName: 'a', properties: { href: page }, children: [{ type: 'text', value: embedLink(page, node.properties.title).text }] };
        parent.children[index] = parent.type === 'root' ? { type: 'element', tagName: 'p', properties: {}, children: [link] } : link;
        return 'skip';
      }
      if (Object.hasOwn(RENAMED_ELEMENTS, node.tagName)) node.tagName = RENAMED_ELEMENTS[node.tagName] ?? node.tagName;
      for (const name of AUTHOR_DROPPED) delete node.properties[name];
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
    return parsed;
  };
}

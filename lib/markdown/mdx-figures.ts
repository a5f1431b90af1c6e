import type { Element, Root as HastRoot } from 'hast';
import type { Image, Link, Paragraph, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { FIGURE_COMPONENTS } from '../../components/mdx/names';
import { embedComponentPage, embeddedPage, embedLink } from './embeds';

export function literal(element: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  const attribute = element.attributes.find((entry): entry is MdxJsxAttribute => entry.type === 'mdxJsxAttribute' && entry.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/**
 * `<Figure src="./a.jpg" alt="…" />` (or `<Image …>`) in an `.mdx` post: the image becomes a Markdown
 * image inside the element, so the images step (lib/markdown/rehype-images.ts) sizes it, makes its
 * srcset and checks the file exactly as for `![alt](./a.jpg)`. The component keeps its caption.
 * Its `width`/`height` go: the images step reads the file's own.
 */
export function remarkMdxFigures() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      if (!element.name || !FIGURE_COMPONENTS.includes(element.name as never)) return;
      const src = literal(element, 'src');
      if (src === undefined) return; // content:check reports a figure without a literal src
      const image: Image = { type: 'image', url: src, alt: literal(element, 'alt') ?? '', position: element.position };
      element.attributes = element.attributes.filter((entry) => entry.type !== 'mdxJsxAttribute' || !['src', 'alt', 'width', 'height'].includes(entry.name));
      element.children = [image] as typeof element.children;
    });
  };
}

/**
 * An `<iframe>` of a known player in an `.mdx` post (`youtube.com/embed/ID`), or an embed library's component
 * (`<YouTube id="…" />`, lib/markdown/embeds.ts): a link to the page it plays, as in a `.md` post
 * (lib/markdown/html.ts). The site's Content-Security-Policy loads no other site's frame, so the player itself
 * would be an empty box; content:check names any other frame.
 */
export function remarkMdxEmbeds() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !parent || index === undefined) return;
      const element = node as MdxJsxFlowElement | MdxJsxTextElement;
      const page = element.name === 'iframe' ? embeddedPage(literal(element, 'src')) : embedComponentPage(element.name ?? '', (key) => literal(element, key));
      if (!page) return;
      const link: Link = { type: 'link', url: page, children: [{ type: 'text', value: embedLink(page, literal(element, 'title')).text }], ...(element.position ? { position: element.position } : {}) };
      const replacement: Link | Paragraph = node.type === 'mdxJsxFlowElement' ? { type: 'paragraph', children: [link] } : link;
      (parent.children as (Link | Paragraph)[])[index] = replacement;
    });
  };
}

/**
 * Properties the pipeline keeps on elements for its own steps (Shiki's parsed fence on `<pre>`): the
 * `.md` sanitiser drops them, MDX would print them as `fence="[object Object]"`. Only text, numbers,
 * booleans and class lists stay.
 */
export function rehypeDropInternalProperties() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      for (const [name, value] of Object.entries(node.properties)) {
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) delete node.properties[name];
      }
    });
  };
}

import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** One line of a post's table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

const isAnchor = (node: ElementContent) =>
  node.type === 'element' && node.tagName === 'a' && String(node.properties.className ?? '').includes('heading-anchor');

/**
 * H2/H3 headings of a post's rendered HTML, with the ids the pipeline gave them. Read from the
 * HTML (at the content step) so the links always match the anchors, whatever the slugger did.
 */
export function extractToc(html: string): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
    const id = node.properties.id;
    if (typeof id !== 'string' || id === '') return;
    const text = node.children
      .filter((child) => !isAnchor(child))
      .map((child) => toString(child))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text !== '') entries.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
  });
  return entries;
}

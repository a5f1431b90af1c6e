import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Ids the site's own pages use (app/, components/; a unit test keeps this list complete) and the GFM
 * footnote section's label. A heading in a post must never take one: `## main` would steal the skip
 * link's target, `## related-heading` a section's label.
 */
export const RESERVED_IDS: readonly string[] = [
  'main',
  'post-body',
  'related-heading',
  'featured-heading',
  'filter-heading',
  'results-heading',
  'page-search',
  'footnote-label',
];

/**
 * The reserved ids plus every id already in the tree (footnotes: `user-content-fn-1`, `…fnref-1`), or in
 * the elements `counted` accepts.
 */
export function takenIds(tree: Root, counted: (node: Element) => boolean = () => true): string[] {
  const ids = [...RESERVED_IDS];
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string' && counted(node)) ids.push(node.properties.id);
  });
  return ids;
}

import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Moves a tree's positions by `lines` and `offset`: a tree parsed from part of a text (a post's body, the
 * inside of an HTML block) then names its places in the whole text, as content:check reports them.
 */
export function shiftPositions(tree: Root, lines: number, offset: number): void {
  visit(tree, (node) => {
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  });
}

import type { Element, Root as HastRoot } from 'hast';
import type { KatexOptions } from 'katex';
import type { Root, Text } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Math (`$…$`, `$$…$$`, ```` ```math ````) is typeset at build time by KaTeX (rehype-katex, after the
 * sanitiser: its HTML and MathML are generated, never author-written). No client JS; the stylesheet
 * is public/katex/, linked only by pages with math.
 */
export const KATEX_OPTIONS: KatexOptions = {
  // Nothing in a formula may load a URL, add a class or set attributes (\href, \includegraphics, \htmlData).
  trust: false,
  strict: 'ignore',
  output: 'htmlAndMathml',
};

/**
 * `$5 and $10` is money, not math: like Pandoc, a `$…$` span whose TeX starts or ends with a space,
 * or whose closing `$` is followed by a digit, stays text.
 */
export function remarkDollarText() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      if (!parent || index === undefined) return;
      const next = parent.children[index + 1];
      const moneyLike = /^\s|\s$/.test(node.value) || (next?.type === 'text' && /^\d/.test(next.value));
      if (!moneyLike) return;
      // The source text as written (`$$x$$` inline included), so nothing the author typed goes missing.
      const { start, end } = node.position ?? {};
      const source = start?.offset !== undefined && end?.offset !== undefined ? String(file.value).slice(start.offset, end.offset) : undefined;
      const text: Text = { type: 'text', value: source ?? `$${node.value}$`, position: node.position };
      parent.children[index] = text;
    });
  };
}

/**
 * Display math arrives as `<pre><code class="language-math">`: re-labelled a `<div>` here so the code
 * highlighter leaves it to KaTeX.
 */
export function rehypeMathBlocks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      const code = node.children[0];
      if (node.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code') return;
      const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
      if (!classes.includes('language-math')) return;
      node.tagName = 'div';
      node.properties = { className: ['math-display'] };
      code.properties.className = ['language-math', 'math-display'];
    });
  };
}

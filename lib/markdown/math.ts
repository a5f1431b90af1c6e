import type { Element, Root as HastRoot } from 'hast';
import type { KatexOptions } from 'katex';
import type { Paragraph, Root, Text } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Node } from 'unist';
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
 * Dollar math as the engines posts come from read it. `$5 and $10` is money, not math: like Pandoc, a
 * `$…$` span whose TeX starts or ends with a space, or whose closing `$` is followed by a digit, stays
 * text. A paragraph that is only `$$…$$` is a displayed formula, as GitHub, Obsidian, kramdown and
 * MathJax show it (Markdown's math block wants `$$` alone on its lines).
 */
export function remarkDollarMath() {
  return (tree: Root, file: VFile) => {
    const sourceOf = (node: Node) => {
      const { start, end } = node.position ?? {};
      return start?.offset !== undefined && end?.offset !== undefined ? String(file.value).slice(start.offset, end.offset) : undefined;
    };
    visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
      if (!parent || index === undefined) return;
      const next = parent.children[index + 1];
      const moneyLike = /^\s|\s$/.test(node.value) || (next?.type === 'text' && /^\d/.test(next.value));
      if (!moneyLike) return;
      // The source text as written (`$$x$$` inline included), so nothing the author typed goes missing.
      const text: Text = { type: 'text', value: sourceOf(node) ?? `$${node.value}$`, position: node.position };
      parent.children[index] = text;
    });
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const [only, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
      if (only?.type !== 'inlineMath' || rest.length > 0 || !sourceOf(only)?.startsWith('$$')) return;
      // The shape mdast-util-math gives a block, so it is typeset as one (rehypeMathBlocks, rehype-katex).
      const code: Element = { type: 'element', tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text', value: only.value }] };
      const math: Math = { type: 'math', value: only.value, meta: null, position: node.position, data: { hName: 'pre', hChildren: [code] } };
      parent.children[index] = math;
    });
    numberEquations(tree);
  };
}

// LaTeX's cross-references: MathJax reads them (as al-folio's and other Jekyll themes' posts rely on), KaTeX does not.
const LABEL = /\\label\{([^{}\n]{1,100})\}/g;
const REFERENCE = /\\(eq)?ref\{([^{}\n]{1,100})\}/g;

/**
 * `\label{eq:x}` in a displayed formula numbers it, and `\eqref{eq:x}` and `\ref{eq:x}` anywhere in the post name
 * that number, as MathJax showed them: KaTeX knows none of the three, so `\label` becomes `\tag{n}` (numbered in
 * the order of the labels), `\eqref` `(n)` and `\ref` `n`. A label in inline math, or a reference to no label,
 * stays as written, for content:check to name. Once done, nothing is left to do: the step may run again.
 */
function numberEquations(tree: Root): void {
  const numbers = new Map<string, number>();
  visit(tree, 'math', (node: Math) => {
    for (const [, key = ''] of node.value.matchAll(LABEL)) if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
  });
  if (numbers.size === 0) return;
  visit(tree, (node) => {
    if (node.type !== 'math' && node.type !== 'inlineMath') return;
    const math = node as Math | InlineMath;
    const value = math.value
      .replace(LABEL, (whole, key: string) => (math.type === 'math' ? `\\tag{${numbers.get(key) ?? ''}}` : whole))
      .replace(REFERENCE, (whole, eq: string | undefined, key: string) => {
        const number = numbers.get(key);
        return number === undefined ? whole : eq ? `(${number})` : String(number);
      });
    if (value === math.value) return;
    // The HTML the node becomes holds its TeX too (mdast-util-math's `hChildren`).
    visit({ type: 'root', children: (math.data?.hChildren ?? []) as never[] } as Node, 'text', (text: Text) => {
      if (text.value === math.value) text.value = value;
    });
    math.value = value;
  });
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

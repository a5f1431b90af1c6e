import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { DIAGRAM_FIGURE_CLASS, MERMAID_SOURCE_CLASS } from '../browser/diagrams';

/**
 * A ```mermaid block (GitHub's, Docusaurus', MkDocs', Obsidian's; Hugo's and Zola's shortcodes become one in
 * lib/markdown/engine-syntax.ts) as a figure holding its source in a `<pre>`: the reader's browser draws it
 * (components/MermaidDiagrams.tsx), and without JavaScript, or in a feed, the source is shown as code.
 * Before the highlighter, which would colour it as code. Left out of the search index: its words are syntax.
 */
export function rehypeDiagrams() {
  return (tree: Root) => {
    visit(tree, 'element', (pre: Element, index, parent) => {
      const code = pre.children[0];
      if (pre.tagName !== 'pre' || code?.type !== 'element' || code.tagName !== 'code' || index === undefined || !parent) return;
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      if (!classes.includes('language-mermaid')) return;
      const source = toString(code).replace(/\n$/, '');
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: [DIAGRAM_FIGURE_CLASS], dataPagefindIgnore: '' },
        children: [{ type: 'element', tagName: 'pre', properties: { className: [MERMAID_SOURCE_CLASS] }, children: [{ type: 'text', value: source }] }],
        ...(pre.position ? { position: pre.position } : {}),
      };
      parent.children[index] = figure;
      return 'skip';
    });
  };
}

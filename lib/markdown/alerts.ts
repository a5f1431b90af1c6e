import type { Blockquote, Paragraph, Root } from 'mdast';
import { remarkAlert } from 'remark-github-blockquote-alert';
import { visit } from 'unist-util-visit';

const TITLES: Readonly<Record<string, string>> = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
};

/**
 * GitHub alerts (`> [!NOTE]` … `> [!CAUTION]`) as callouts: remark-github-blockquote-alert finds them;
 * here the title becomes a word ("Warning", not "WARNING", which screen readers may spell out), its
 * inline SVG icon goes (the sanitiser allows no SVG; CSS draws the accent) and the box is a `note`.
 */
export function remarkAlerts() {
  // The library's transformer, called directly so the title fix-up runs right after it.
  const findAlerts = (remarkAlert as unknown as () => (tree: Root) => void)();
  return (tree: Root) => {
    findAlerts(tree);
    visit(tree, 'blockquote', (node: Blockquote) => {
      const properties = node.data?.hProperties as { className?: string[] } | undefined;
      const type = properties?.className?.find((name) => name.startsWith('markdown-alert-'))?.slice('markdown-alert-'.length);
      const title = node.children[0] as Paragraph | undefined;
      if (!type || !title || !properties) return;
      title.children = [{ type: 'text', value: TITLES[type] ?? type }];
      node.data = { ...node.data, hProperties: { ...properties, role: 'note' } };
    });
  };
}

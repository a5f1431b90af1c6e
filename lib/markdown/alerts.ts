import type { BlockContent, Blockquote, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
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
 * The callout kinds of other tools (Obsidian's `> [!example]`, MkDocs' `!!! danger`, Docusaurus'
 * `:::info`, VitePress' `::: details` aside) as the five GitHub alerts the site draws; the kind's own word
 * stays the title.
 */
export const ALERT_KINDS: Readonly<Record<string, keyof typeof TITLES>> = {
  note: 'note',
  info: 'note',
  todo: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  question: 'note',
  help: 'note',
  faq: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  seealso: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  important: 'important',
  warning: 'warning',
  // GitHub's own kinds keep their own look (Docusaurus' `:::caution` then reads as GitHub's).
  caution: 'caution',
  attention: 'warning',
  danger: 'caution',
  error: 'caution',
  failure: 'caution',
  fail: 'caution',
  missing: 'caution',
  bug: 'caution',
};

/**
 * A callout as a tree node, for syntax read from the tree rather than rewritten as text (an `.mdx`
 * container, an HTML notice): the quote `> [!kind] Title` is, which remarkAlerts then draws.
 */
export function calloutQuote(kind: string, fold: '' | '+' | '-', title: PhrasingContent[], children: BlockContent[], position?: Blockquote['position']): Blockquote {
  const marker: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `[!${kind}]${fold}${title.length > 0 ? ' ' : ''}` }, ...title] };
  return { type: 'blockquote', children: [marker, ...children], ...(position ? { position } : {}) };
}

// `[!kind]`, Obsidian's fold mark (`+`, `-`), then an optional title on the same line.
const MARKER = /^\[!([A-Za-z]+)\]([+-]?)/;

/**
 * A callout's own title and kind, read off its first line before the library sees it: `> [!TIP] A title`
 * (Obsidian's form, which GitHub would show as text) and `> [!example]`. The line is left as the library
 * reads it (`[!NOTE]` alone); the title it would lose is returned, with Obsidian's fold mark.
 */
function takeTitle(node: Blockquote): { title?: string; fold: string } | undefined {
  const paragraph = node.children[0];
  const first = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  const match = first?.type === 'text' ? MARKER.exec(first.value) : null;
  const kind = match ? ALERT_KINDS[(match[1] ?? '').toLowerCase()] : undefined;
  if (!paragraph || paragraph.type !== 'paragraph' || !match || !kind) return undefined;
  // The first line may hold inline Markdown (`[!TIP] **Bold** title`): every node up to its line end.
  const line: PhrasingContent[] = [];
  const rest: PhrasingContent[] = [];
  for (const child of paragraph.children) {
    // A `<br>` ends the title line as a hard break does (a callout written on one line: `[!TIP] Title<br>Text`).
    const lineBreak = child.type === 'break' || (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value));
    if (rest.length > 0 || lineBreak) {
      if (rest.length === 0 && child.type === 'html') rest.push({ type: 'text', value: '\n' });
      else if (rest.length > 0 || line.length > 0) rest.push(child);
      continue;
    }
    const newline = child.type === 'text' ? child.value.indexOf('\n') : -1;
    if (child.type !== 'text' || newline === -1) line.push(child);
    else {
      line.push({ ...child, value: child.value.slice(0, newline) });
      rest.push({ ...child, value: child.value.slice(newline) });
    }
  }
  const title = toString({ type: 'paragraph', children: line } as Paragraph).slice(match[0].length).trim();
  const word = (match[1] ?? '').toLowerCase();
  // One text node, `[!KIND]` and the next line, as the library reads a callout written without a title.
  const [next, ...after] = rest;
  paragraph.children = next?.type === 'text' ? [{ type: 'text', value: `[!${kind.toUpperCase()}]${next.value}` }, ...after] : [{ type: 'text', value: `[!${kind.toUpperCase()}]` }, ...rest];
  const own = title || (word === kind ? undefined : word.charAt(0).toUpperCase() + word.slice(1));
  return { ...(own ? { title: own } : {}), fold: match[2] ?? '' };
}

/**
 * GitHub alerts (`> [!NOTE]` … `> [!CAUTION]`) as callouts: remark-github-blockquote-alert finds them;
 * here the title becomes a word ("Warning", not "WARNING", which screen readers may spell out) or the
 * callout's own title, its inline SVG icon goes (the sanitiser allows no SVG; CSS draws the accent) and the
 * box is a `note`. Obsidian's foldable callout (`> [!faq]- Title`, closed; `+`, open) is a <details> whose
 * summary is the title, as VitePress' `::: details` and MkDocs' `???` become.
 */
export function remarkAlerts() {
  // The library's transformer, called directly so the title fix-up runs right after it.
  const findAlerts = (remarkAlert as unknown as () => (tree: Root) => void)();
  return (tree: Root) => {
    const titles = new Map<Blockquote, { title?: string; fold: string }>();
    visit(tree, 'blockquote', (node: Blockquote) => {
      const title = takeTitle(node);
      if (title) titles.set(node, title);
    });
    findAlerts(tree);
    visit(tree, 'blockquote', (node: Blockquote) => {
      const properties = node.data?.hProperties as { className?: string[] } | undefined;
      const type = properties?.className?.find((name) => name.startsWith('markdown-alert-'))?.slice('markdown-alert-'.length);
      const title = node.children[0] as Paragraph | undefined;
      if (!type || !title || !properties) return;
      const own = titles.get(node);
      title.children = [{ type: 'text', value: own?.title ?? TITLES[type] ?? type }];
      // A callout that is a title alone leaves the library an empty paragraph.
      node.children = node.children.filter((child, index) => index === 0 || child.type !== 'paragraph' || toString(child) !== '' || child.children.length > 0);
      if (own?.fold) {
        // A <details> is a group already (no `note` role on it): its title is the summary a reader clicks.
        title.data = { ...title.data, hName: 'summary' };
        node.data = { ...node.data, hName: 'details', hProperties: { ...properties, ...(own.fold === '+' ? { open: true } : {}) } };
      } else node.data = { ...node.data, hProperties: { ...properties, role: 'note' } };
    });
  };
}

import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** One line of a post's table of contents. */
export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

const isAnchor = (node: ElementContent) =>
  node.type === 'element' && node.tagName === 'a' && String(node.properties.className ?? '').includes('heading-anchor');

/** H2/H3 headings of a rendered post's HTML tree, with the ids the pipeline gave them. */
function tocOf(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
    const id = node.properties.id;
    if (typeof id !== 'string' || id === '') return;
    // The footnotes' heading (GFM's) is for screen readers only: no reader sees it to go to.
    if (String(node.properties.className ?? '').split(/[\s,]+/).includes('sr-only') || id.endsWith('footnote-label')) return;
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

/**
 * H2/H3 headings of a post's rendered HTML. Read from what the pipeline made (at the content step), so
 * the links always match the anchors, whatever the slugger did.
 */
export function extractToc(html: string): TocEntry[] {
  return tocOf(fromHtml(html, { fragment: true }));
}

// What the last step of the Markdown pipeline read from its final tree, by post file, until the post's
// `toc` field takes it: the same entries as extractToc on the HTML, without parsing the HTML again.
const pending = new Map<string, TocEntry[]>();

/** The pipeline's last step: remembers the post's contents (contentlayer.config.ts reads them with takeToc). */
export function rehypeRememberToc() {
  return (tree: Root, file: VFile) => {
    const source = (file.data as { rawDocumentData?: { sourceFilePath?: string } }).rawDocumentData?.sourceFilePath;
    if (source) pending.set(source, tocOf(tree));
  };
}

/** The contents the pipeline read for a post file, once; undefined when it has not rendered that file. */
export function takeToc(sourceFilePath: string): TocEntry[] | undefined {
  const entries = pending.get(sourceFilePath);
  pending.delete(sourceFilePath);
  return entries;
}

/** tailwind-nextjs-starter-blog's `<TOCInline>` choices: heading levels (Markdown's: `##` is 2) and titles to leave out. */
export interface TocSelection {
  fromHeading?: number | string | undefined;
  toHeading?: number | string | undefined;
  /** Titles to leave out, matched whole and ignoring case, as regular expressions (as the starter reads them) */
  exclude?: string | readonly string[] | undefined;
}

/** A title pattern as the starter builds it (`^(a|b)$`, ignoring case); literal text when it is no valid expression. */
function excluded(exclude: TocSelection['exclude']): (text: string) => boolean {
  const patterns = (typeof exclude === 'string' ? [exclude] : (exclude ?? [])).filter((pattern) => pattern !== '');
  if (patterns.length === 0) return () => false;
  try {
    const pattern = new RegExp(`^(${patterns.join('|')})$`, 'i');
    return (text) => pattern.test(text);
  } catch {
    const names = new Set(patterns.map((pattern) => pattern.toLowerCase()));
    return (text) => names.has(text.toLowerCase());
  }
}

/** The entries an inline table of contents shows, given the starter's `fromHeading`, `toHeading` and `exclude`. */
export function selectToc(entries: readonly TocEntry[], selection: TocSelection = {}): TocEntry[] {
  const from = Number(selection.fromHeading ?? 1);
  const to = Number(selection.toHeading ?? 6);
  const isExcluded = excluded(selection.exclude);
  return entries.filter((entry) => !(entry.depth < from) && !(entry.depth > to) && !isExcluded(entry.text));
}

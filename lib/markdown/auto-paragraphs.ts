import type { Element, ElementContent, Parents, Root, RootContent } from 'hast';
import { phrasing } from 'hast-util-phrasing';
import type { VFile } from 'vfile';

/*
 * An HTML post's text outside any block, with blank lines between its paragraphs (WordPress' classic
 * editor stores text so and makes the paragraphs when a page is shown; a hand-written `.html` post
 * may too): read as HTML it would run into one block, so each is made a paragraph. A single newline
 * stays a space, as HTML reads it. HTML written with its own `<p>` has no such text and is left as it is.
 */

/** Elements whose text is made paragraphs where a blank line divides it (at the top, any loose text is one). */
const CONTAINERS = new Set(['blockquote', 'div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'details', 'center', 'li', 'dd', 'td', 'th']);
/** Presentational elements of old posts that hast-util-phrasing does not know. */
const OLD_PHRASING = new Set(['font', 'big', 'tt', 'strike', 'acronym', 'blink', 'nobr']);
const BLANK_LINE = /\n[ \t]*\n\s*/;

const isPhrasing = (node: RootContent): boolean => phrasing(node) || (node.type === 'element' && OLD_PHRASING.has(node.tagName));
const isBlank = (nodes: readonly ElementContent[]) => nodes.every((node) => node.type === 'text' && node.value.trim() === '');

/** A run of phrasing content as its paragraphs, divided at blank lines. */
function paragraphsOf(run: readonly ElementContent[]): ElementContent[][] {
  const paragraphs: ElementContent[][] = [[]];
  for (const node of run) {
    if (node.type !== 'text' || !BLANK_LINE.test(node.value)) {
      paragraphs.at(-1)?.push(node);
      continue;
    }
    node.value.split(BLANK_LINE).forEach((value, index) => {
      if (index > 0) paragraphs.push([]);
      if (value !== '') paragraphs.at(-1)?.push({ type: 'text', value });
    });
  }
  return paragraphs;
}

function trimmed(nodes: ElementContent[]): ElementContent[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return nodes.filter((node) => node.type !== 'text' || node.value !== '');
}

function wrap(parent: Parents, always: boolean): void {
  const children = parent.children as RootContent[];
  const out: RootContent[] = [];
  let run: ElementContent[] = [];
  let changed = false;
  const flush = () => {
    const paragraphs = paragraphsOf(run);
    if (isBlank(run) || (!always && paragraphs.length < 2)) {
      out.push(...run);
    } else {
      changed = true;
      const first = run[0];
      // The newline that parted the text from the block before it stays between them.
      if (first?.type === 'text' && /^\s*\n/.test(first.value)) out.push({ type: 'text', value: '\n' });
      for (const nodes of paragraphs) {
        if (isBlank(nodes)) continue;
        out.push({ type: 'element', tagName: 'p', properties: {}, children: trimmed(nodes) } satisfies Element, { type: 'text', value: '\n' });
      }
    }
    run = [];
  };
  for (const node of children) {
    if (isPhrasing(node)) {
      run.push(node as ElementContent);
      continue;
    }
    flush();
    out.push(node);
    if (node.type === 'element' && CONTAINERS.has(node.tagName)) wrap(node, false);
  }
  flush();
  if (changed) parent.children = out as typeof parent.children;
}

/** An HTML body's tree with its loose text made paragraphs. */
export function autoParagraphs<T extends Root>(tree: T): T {
  wrap(tree, true);
  return tree;
}

/** The file is an HTML post's (remarkHtmlPost marks it). */
export interface HtmlPostData {
  htmlPost?: boolean;
}

export function rehypeAutoParagraphs() {
  return (tree: Root, file: VFile) => {
    if ((file.data as HtmlPostData).htmlPost) autoParagraphs(tree);
  };
}

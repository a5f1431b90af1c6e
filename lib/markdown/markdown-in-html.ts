import type { BlockContent, Html, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Processor } from 'unified';
import { visit } from 'unist-util-visit';
import { calloutQuote } from './alerts';
import { NOTICE_KINDS } from './engine-syntax';
import { shiftPositions } from './positions';

/**
 * HTML whose content is Markdown, as kramdown (Jekyll) and Python-Markdown's md_in_html (MkDocs) read it:
 * `<div class="notice--info" markdown="1">` … `</div>`. CommonMark reads the lines of an HTML block up to
 * a blank line as HTML, so the Markdown in it was shown as written (`**Note:**`). Here the block's lines
 * after its opening tag are parsed as Markdown, the tags kept around them (the `markdown` attribute goes);
 * a Minimal Mistakes notice (`notice--warning`) becomes the callout its `{: .notice--warning}` form is.
 */
const OPENING = /^[ \t]*<([a-z][a-z\d-]*)((?:\s+[^\s>]+)*?)\s*>[ \t]*(?:\n|$)/i;
const MARKDOWN_ATTRIBUTE = /\s+markdown(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?(?=\s|$)/i;
const NOTICE_CLASS = /\sclass\s*=\s*["'][^"']*?\bnotice(?:--(\w+))?\b/i;
// A `<summary>` line opens a `<details>`: HTML of its own, before the Markdown.
const SUMMARY_LINE = /^[ \t]*<summary\b[^>]*>.*<\/summary>[ \t]*(?:\n|$)/i;

interface Syntax {
  extensions: NonNullable<Parameters<typeof fromMarkdown>[1]>['extensions'];
  mdastExtensions: NonNullable<Parameters<typeof fromMarkdown>[1]>['mdastExtensions'];
}

/**
 * Where the element ends when its HTML block did not hold its end tag: CommonMark ends an HTML block at a
 * blank line, so what followed one (a paragraph, a list) was read as the nodes after it. The index among
 * the siblings from `from` on of the HTML node that opens with the end tag, past any element of the same name opened and
 * closed between; -1 when none does.
 */
const MAX_TAKEN = 500;

function closingSibling(siblings: readonly RootContent[], from: number, tag: string): number {
  const opens = new RegExp(`<${tag}(?=[\\s>/])`, 'gi');
  const closes = new RegExp(`</${tag}\\s*>`, 'gi');
  const endLine = new RegExp(`^[ \\t]*</${tag}\\s*>[ \\t]*(?:\\n|$)`, 'i');
  let open = 0;
  // Looked for among the next few hundred nodes only, so a post of unclosed elements is read in linear time.
  for (let index = 0; index < MAX_TAKEN && from + index < siblings.length; index++) {
    const node = siblings[from + index];
    if (node?.type !== 'html') continue;
    if (open === 0 && endLine.test(node.value)) return index;
    open += (node.value.match(opens)?.length ?? 0) - (node.value.match(closes)?.length ?? 0);
    if (open < 0) return -1;
  }
  return -1;
}

/**
 * The nodes an HTML block with Markdown in it stands for, and how many of the nodes after it they take in
 * (those up to its end tag when the block did not hold it); undefined when it is no such block.
 */
function expand(node: Html, syntax: Syntax, depth: number, siblings: readonly RootContent[], next: number): { nodes: RootContent[]; taken: number } | undefined {
  const opening = OPENING.exec(node.value);
  const attributes = opening?.[2] ?? '';
  const markdown = MARKDOWN_ATTRIBUTE.exec(attributes);
  if (!opening || !markdown) return undefined;
  const tag = opening[1] ?? '';
  const value = markdown[1] ?? markdown[2] ?? markdown[3] ?? '1';
  const cleanTag = `<${tag}${attributes.replace(MARKDOWN_ATTRIBUTE, '')}>`;
  const start = node.position?.start;
  // markdown="0": HTML as written, without the attribute.
  if (value === '0') return { nodes: [{ ...node, value: node.value.replace(opening[0].trimEnd(), cleanTag) }], taken: 0 };
  let rest = node.value.slice(opening[0].length);
  let line = (start?.line ?? 1) + 1;
  let offset = (start?.offset ?? 0) + opening[0].length;
  const before: RootContent[] = [];
  const summary = SUMMARY_LINE.exec(rest);
  if (summary) {
    before.push({ type: 'html', value: summary[0].trim() });
    rest = rest.slice(summary[0].length);
    line += 1;
    offset += summary[0].length;
  }
  const closing = new RegExp(`(?:^|\\n)[ \\t]*</${tag}\\s*>[ \\t]*$`, 'i').exec(rest);
  const inner = closing ? rest.slice(0, closing.index) : rest;
  const parsed = fromMarkdown(inner, { extensions: syntax.extensions, mdastExtensions: syntax.mdastExtensions }).children;
  shiftPositions({ type: 'root', children: parsed } as Root, line - 1, offset);
  // Past a blank line, the element's content was read already, as Markdown: it is taken in up to the end tag,
  // whose HTML node keeps whatever follows that tag.
  const end = closing ? -1 : closingSibling(siblings, next, tag);
  const endNode = end === -1 ? undefined : (siblings[next + end] as Html);
  const after = endNode ? endNode.value.replace(new RegExp(`^[ \\t]*</${tag}\\s*>[ \\t]*\\n?`, 'i'), '') : '';
  const children = [...parsed, ...(end === -1 ? [] : siblings.slice(next, next + end))];
  expandAll({ type: 'root', children } as Root, syntax, depth + 1);
  const closed = Boolean(closing) || end !== -1;
  const trailing: RootContent[] = after.trim() === '' ? [] : [{ type: 'html', value: after }];
  const notice = tag.toLowerCase() === 'div' ? NOTICE_CLASS.exec(attributes) : null;
  const kind = notice ? NOTICE_KINDS[notice[1] ?? ''] : undefined;
  const taken = end === -1 ? 0 : end + 1;
  if (kind) {
    const quote = calloutQuote(kind, '', [], children as BlockContent[], node.position);
    return { nodes: [quote, ...trailing], taken };
  }
  const open: Html = { type: 'html', value: cleanTag, ...(start ? { position: { start, end: { line: start.line, column: start.column + opening[0].trimEnd().length, offset: (start.offset ?? 0) + opening[0].trimEnd().length } } } : {}) };
  return { nodes: [open, ...before, ...children, ...(closed ? [{ type: 'html', value: `</${tag}>` } as Html] : []), ...trailing], taken };
}

// Each level parses what is inside it again: blocks nested deeper than this stay HTML, which bounds the
// re-parsing a hostile post can ask for.
const MAX_DEPTH = 8;

function expandAll(tree: Root, syntax: Syntax, depth = 0): void {
  if (depth >= MAX_DEPTH) return;
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined) return;
    const expanded = expand(node, syntax, depth, parent.children as RootContent[], index + 1);
    if (!expanded) return;
    parent.children.splice(index, 1 + expanded.taken, ...(expanded.nodes as typeof parent.children));
    return index + expanded.nodes.length;
  });
}

/** Reads the Markdown in HTML blocks marked `markdown="1"` (or `markdown`, `markdown="block"`). */
export function remarkMarkdownInHtml(this: Processor) {
  const data = this.data();
  return (tree: Root) => {
    expandAll(tree, { extensions: data.micromarkExtensions ?? [], mdastExtensions: data.fromMarkdownExtensions ?? [] });
  };
}

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

/** The nodes an HTML block with Markdown in it stands for; undefined when it is no such block. */
function expand(node: Html, syntax: Syntax, depth: number): RootContent[] | undefined {
  const opening = OPENING.exec(node.value);
  const attributes = opening?.[2] ?? '';
  const markdown = MARKDOWN_ATTRIBUTE.exec(attributes);
  if (!opening || !markdown) return undefined;
  const tag = opening[1] ?? '';
  const value = markdown[1] ?? markdown[2] ?? markdown[3] ?? '1';
  const cleanTag = `<${tag}${attributes.replace(MARKDOWN_ATTRIBUTE, '')}>`;
  const start = node.position?.start;
  // markdown="0": HTML as written, without the attribute.
  if (value === '0') return [{ ...node, value: node.value.replace(opening[0].trimEnd(), cleanTag) }];
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
  const children = fromMarkdown(inner, { extensions: syntax.extensions, mdastExtensions: syntax.mdastExtensions }).children;
  shiftPositions({ type: 'root', children } as Root, line - 1, offset);
  expandAll({ type: 'root', children } as Root, syntax, depth + 1);
  const notice = tag.toLowerCase() === 'div' ? NOTICE_CLASS.exec(attributes) : null;
  const kind = notice ? NOTICE_KINDS[notice[1] ?? ''] : undefined;
  if (kind) {
    const quote = calloutQuote(kind, '', [], children as BlockContent[], node.position);
    return [quote];
  }
  const open: Html = { type: 'html', value: cleanTag, ...(start ? { position: { start, end: { line: start.line, column: start.column + opening[0].trimEnd().length, offset: (start.offset ?? 0) + opening[0].trimEnd().length } } } : {}) };
  return [open, ...before, ...children, ...(closing ? [{ type: 'html', value: `</${tag}>` } as Html] : [])];
}

// Each level parses what is inside it again: blocks nested deeper than this stay HTML, which bounds the
// re-parsing a hostile post can ask for.
const MAX_DEPTH = 8;

function expandAll(tree: Root, syntax: Syntax, depth = 0): void {
  if (depth >= MAX_DEPTH) return;
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined) return;
    const nodes = expand(node, syntax, depth);
    if (!nodes) return;
    parent.children.splice(index, 1, ...(nodes as typeof parent.children));
    return index + nodes.length;
  });
}

/** Reads the Markdown in HTML blocks marked `markdown="1"` (or `markdown`, `markdown="block"`). */
export function remarkMarkdownInHtml(this: Processor) {
  const data = this.data();
  return (tree: Root) => {
    expandAll(tree, { extensions: data.micromarkExtensions ?? [], mdastExtensions: data.fromMarkdownExtensions ?? [] });
  };
}

import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { visit } from 'unist-util-visit';
import { repairMojibake } from './mojibake';
import { matchImagePlaceholder } from './markdown/placeholders';

/** Derived text facts about a post body, computed once at the content step. */

const SUMMARY_LENGTH = 200;

function stripFrontmatter(markdown: string): string {
  return markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

function parse(markdown: string): Root {
  return fromMarkdown(stripFrontmatter(markdown));
}

/** Cuts plain text at a word boundary, adding an ellipsis when anything was cut. */
export function truncateAtWord(text: string, max = SUMMARY_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : text.slice(0, max)).replace(/[\s,;:.!?–—-]+$/u, '');
  return `${base}…`;
}

/** The first real paragraph as plain text (no Markdown, no placeholders), cut at a word boundary. */
export function deriveSummary(markdown: string): string {
  const tree = parse(markdown);
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = repairMojibake(toString(node)).replace(/\s+/g, ' ').trim();
    if (text === '' || matchImagePlaceholder(text) !== undefined) continue;
    return truncateAtWord(text);
  }
  return '';
}

/** Plain text of the body, for word counts and search: blocks joined by spaces, not glued. */
export function plainText(markdown: string): string {
  const parts: string[] = [];
  visit(parse(markdown), (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
  });
  return repairMojibake(parts.join(' ')).replace(/\s+/g, ' ').trim();
}

export function readingStats(markdown: string): { minutes: number; words: number } {
  const stats = readingTime(plainText(markdown));
  return { minutes: Math.max(1, Math.round(stats.minutes)), words: stats.words };
}

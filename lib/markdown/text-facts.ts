import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { visit } from 'unist-util-visit';
import { repairMojibake } from '../text/mojibake';
import { matchImagePlaceholder } from './placeholders';

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
function summaryOf(tree: Root): string {
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const text = repairMojibake(toString(node)).replace(/\s+/g, ' ').trim();
    if (text === '' || matchImagePlaceholder(text) !== undefined) continue;
    return truncateAtWord(text);
  }
  return '';
}

/** Plain text of the body, for word counts and search: blocks joined by spaces, not glued. */
function plainTextOf(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
  });
  return repairMojibake(parts.join(' ')).replace(/\s+/g, ' ').trim();
}

function readingStatsOf(tree: Root): { minutes: number; words: number } {
  const stats = readingTime(plainTextOf(tree));
  return { minutes: Math.max(1, Math.round(stats.minutes)), words: stats.words };
}

export interface TextFacts {
  summary: string;
  minutes: number;
  words: number;
}

// Parsing dominates the content step (about 10 ms a post on this machine): contentlayer resolves
// three computed fields per post, and without this each one parsed the body again. A few entries
// suffice because contentlayer works on at most one post per core at a time.
const RECENT_LIMIT = 16;
const recent = new Map<string, TextFacts>();

/** Summary and reading statistics of a post body from a single parse, remembered for the next field. */
export function textFacts(markdown: string): TextFacts {
  const known = recent.get(markdown);
  if (known) return known;
  const tree = parse(markdown);
  const facts = { summary: summaryOf(tree), ...readingStatsOf(tree) };
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(markdown, facts);
  return facts;
}

/** A body as the plain text its word count reads. */
export function plainText(markdown: string): string {
  return plainTextOf(parse(markdown));
}

import type { Root } from 'mdast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import { visit } from 'unist-util-visit';
import type { BodyFormat, BodyOptions } from '../content/schema';
import { autoParagraphs } from './auto-paragraphs';
import { closesFence, FENCE } from './engine-syntax';
import { parseBody, parseHtmlBody } from './parse';
import { matchImagePlaceholder } from './placeholders';

/** Derived text facts about a post body, computed once at the content step. */

const SUMMARY_LENGTH = 200;

/** Cuts plain text at a word boundary, adding an ellipsis when anything was cut. */
export function truncateAtWord(text: string, max = SUMMARY_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : text.slice(0, max)).replace(/[\s,;:.!?–—-]+$/u, '');
  return `${base}…`;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
// "Hello again, blockchain explorers!", "Hi all.", "Dear readers,": a greeting, not what the post is about.
const SALUTATION = /^(?:hello|hi|hey|hiya|howdy|greetings|dear|welcome|good (?:morning|afternoon|evening))\b/i;
// Emoji (and their modifiers) that trail a sentence end belong to it, not to the next sentence.
const LEADING_EMOJI = /^[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\s]+/u;

/**
 * A list excerpt: the paragraph without an opening salutation, cut after the last whole sentence
 * that fits; a first sentence longer than `max` is cut at a word, with an ellipsis.
 */
export function excerptOf(text: string, max = SUMMARY_LENGTH): string {
  const parts = [...sentences.segment(text)].map((part) => part.segment);
  if (parts.length > 1 && SALUTATION.test(parts[0] ?? '')) {
    parts.shift();
    parts[0] = (parts[0] ?? '').replace(LEADING_EMOJI, '');
  }
  const rest = parts.join('').trim();
  if (rest.length <= max) return rest;
  let kept = '';
  for (const part of parts) {
    if ((kept + part).trimEnd().length > max) break;
    kept += part;
  }
  return kept.trim() === '' ? truncateAtWord(rest, max) : kept.trim();
}

// The summary divider of Hugo, Hexo and Zola (`<!--more-->`), of Docusaurus (`<!-- truncate -->`) and of
// Pelican's summary plugin (`<!-- PELICAN_END_SUMMARY -->`): what comes before it is the post's summary.
const MORE = /^<!--\s*(?:more|truncate|PELICAN_END_SUMMARY)\s*-->$/i;
// Docusaurus' divider in an `.mdx` post, a comment in braces (read here as Markdown: a paragraph).
const MDX_MORE = /^\{\s*\/\*\s*truncate\s*\*\/\s*\}$/i;

/**
 * The first real paragraph as plain text (no Markdown, no placeholders), as a list excerpt; the
 * paragraphs before a `<!--more-->` line when the post has one.
 */
function summaryOf(tree: Root): string {
  const divider = tree.children.findIndex((node) => (node.type === 'html' && MORE.test(node.value.trim())) || (node.type === 'paragraph' && MDX_MORE.test(toString(node).trim())));
  const texts: string[] = [];
  for (const node of divider === -1 ? tree.children : tree.children.slice(0, divider)) {
    if (node.type !== 'paragraph') continue;
    const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
    if (text === '' || matchImagePlaceholder(text) !== undefined) continue;
    texts.push(text);
    if (divider === -1) break;
  }
  return texts.length > 0 ? excerptOf(texts.join(' ')) : '';
}

/** Plain text of the body, for word counts and search: blocks joined by spaces, not glued. */
function plainTextOf(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') parts.push(node.value);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
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

// contentlayer resolves three computed fields per post from these facts: without this each one would
// read the body's tree again. A few entries suffice: contentlayer works on one post per core at a time.
const RECENT_LIMIT = 16;
const recent = new Map<string, TextFacts>();

/** The frontmatter as text, for a cache key: YAML's aliases may make it circular, so an object seen again is named, not written. */
function frontmatterKey(fields: BodyOptions['fields']): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(fields ?? null, (_key, value: unknown) => {
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return '[seen]';
    seen.add(value);
    return value;
  });
}

/**
 * An `.mdx` body without its ESM (`import Tabs from '@theme/Tabs'`): an `import` or `export` block at the top
 * level, outside code, is code, as MDX reads it; no text a reader sees, never its summary. Lines stay in place.
 */
function withoutEsm(body: string): string {
  const lines = body.split('\n');
  let fence: string | undefined;
  let esm = false;
  lines.forEach((line, index) => {
    if (fence !== undefined) {
      if (closesFence(line, fence)) fence = undefined;
      return;
    }
    const marker = FENCE.exec(line)?.[1];
    if (line.trim() === '') esm = false;
    else if (index === 0 || (lines[index - 1] ?? '').trim() === '') esm = /^(?:import|export)[ \t{]/.test(line);
    if (esm) lines[index] = '';
    else if (marker) fence = marker;
  });
  return lines.join('\n');
}

/**
 * Summary and reading statistics of a post body (after its frontmatter), remembered for the next field.
 * The tree is the body's one parse (lib/markdown/parse.ts), text repaired: the pipeline's syntax, so a table or a
 * formula is never read as a paragraph of text.
 */
export function textFacts(body: string, format: BodyFormat = 'markdown', options: BodyOptions = {}): TextFacts {
  // A template may show the frontmatter (a gallery, `{{ page.title }}`): then the same body reads differently.
  const shown = /\{[{%]/.test(body) ? `${frontmatterKey(options.fields)}:` : '';
  const key = `${format}:${options.liquid === false ? 'liquid off:' : ''}${shown}${body}`;
  const known = recent.get(key);
  if (known) return known;
  // An HTML post (lib/markdown/parse.ts, parseHtmlBody) is read as the Markdown it would be: its
  // paragraphs, and a `<!--more-->` between them.
  const tree = format === 'html' ? (toMdast(autoParagraphs(fromHtml(String(parseHtmlBody(body, options).file.value), { fragment: true }))) as Root) : parseBody(format === 'mdx' ? withoutEsm(body) : body, options).tree;
  const facts = { summary: summaryOf(tree), ...readingStatsOf(tree) };
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(key, facts);
  return facts;
}

/** A body as the plain text its word count reads. */
export function plainText(markdown: string): string {
  return plainTextOf(parseBody(markdown).tree);
}

import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { blank } from '../text/blank';
import { MEDIUM_ARTICLE, MEDIUM_BODY } from './post-extensions.mjs';

/*
 * A post Medium exported (the `posts/` folder of its archive): a whole HTML document with no frontmatter.
 * Its fields are marked up in it, microformats style: the title (`h1.p-name`), the subtitle
 * (`section.p-summary`), the author (`a.p-author`), the date (`time.dt-published`; a draft has none); its
 * body is `section.e-content`. (Its canonical link on Medium is not read: the post's address is the site's
 * now.) lib/content/frontmatter.ts reads such a file as a post whose "frontmatter" is the document around
 * that section.
 */

/**
 * Where a Medium post's body is: from its body section to the end of the file, with what the page shows
 * elsewhere blanked (same length, same lines): the footer (author, date, "Exported from Medium"), and in
 * the body the title and subtitle Medium repeats as its first paragraphs, the rule above its first
 * section and Medium's ids. Undefined for any other file.
 */
export function mediumBody(text: string): { start: number; body: string } | undefined {
  // A whole HTML document, as Medium writes each: a Markdown post that shows its markup is no export.
  if (!/^\s*<!DOCTYPE html>/i.test(text)) return undefined;
  const start = text.search(MEDIUM_BODY);
  if (start < 0 || !MEDIUM_ARTICLE.test(text.slice(0, start))) return undefined;
  let body = text.slice(start);
  const footer = body.search(/<footer>/);
  if (footer >= 0) body = body.slice(0, footer) + blank(body.slice(footer));
  // An embed is a frame of Medium's own media proxy (`medium.com/media/<id>`), which names no page; a YouTube
  // video's still names its video (`i.ytimg.com/vi/<id>/`, in `data-thumbnail`): the frame is that video's player,
  // which the content step shows as a link to it (lib/markdown/html.ts). Any other stays, and content:check names it.
  body = body.replace(/<iframe\b[^<>]*>/gi, (tag) => {
    const video = /\bdata-thumbnail="[^"]*?i\.ytimg\.com(?:%2F|\/)vi(?:%2F|\/)([\w-]{11})(?:%2F|\/)/i.exec(tag)?.[1];
    const src = /\ssrc="https:\/\/medium\.com\/media\/[^"]*"/.exec(tag);
    if (!video || !src) return tag;
    const player = ` src="https://www.youtube.com/embed/${video}"`;
    return player.length > src[0].length ? tag : tag.slice(0, src.index) + player.padEnd(src[0].length, ' ') + tag.slice(src.index + src[0].length);
  });
  // Medium's bookkeeping on every element (`name="7d2e" id="7d2e"`, `data-href`, its links' `target`): no part of the post, and no
  // warning to give about it (the sanitiser would drop each, and content:check name each).
  body = body.replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\s(?:name|id|rel|target|data-[\w-]+)="[^"]*"/g, blank));
  // Only the first of each, and only among the body's first elements: later rules are the post's own breaks.
  for (const repeated of [/<hr class="section-divider">/, /<h[1-4]\b[^>]*\bgraf--title\b[^>]*>[\s\S]*?<\/h[1-4]>/, /<h[1-6]\b[^>]*\bgraf--subtitle\b[^>]*>[\s\S]*?<\/h[1-6]>/]) {
    const match = repeated.exec(body.slice(0, 4000));
    if (match) body = body.slice(0, match.index) + blank(match[0]) + body.slice(match.index + match[0].length);
  }
  return { start, body };
}

const hasClass = (node: Element, name: string) => Array.isArray(node.properties.className) && node.properties.className.includes(name);

/**
 * The fields of a Medium post, with the line of each: `title`, `subtitle`, `author` (its name and its page
 * on Medium), `date`; a draft (no date: Medium had not published it) is a draft, dated by the export.
 */
export function readMedium(text: string, startLine: number): { data: Record<string, unknown>; lines: Map<string, number> } {
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const found = (name: string, value: unknown, node: Element) => {
    if (Object.hasOwn(data, name)) return;
    data[name] = value;
    lines.set(name, startLine - 1 + (node.position?.start.line ?? 1));
  };
  const tree: Root = fromHtml(text);
  let exported: { text: string; node: Element } | undefined;
  visit(tree, 'element', (node: Element) => {
    const words = toString(node).replace(/\s+/g, ' ').trim();
    if (node.tagName === 'h1' && hasClass(node, 'p-name') && words) found('title', words, node);
    else if (node.tagName === 'section' && hasClass(node, 'p-summary') && words) found('subtitle', words, node);
    else if (node.tagName === 'a' && hasClass(node, 'p-author') && words) found('author', typeof node.properties.href === 'string' ? { name: words, url: node.properties.href } : words, node);
    else if (node.tagName === 'time' && hasClass(node, 'dt-published') && typeof node.properties.dateTime === 'string') found('date', node.properties.dateTime, node);
    else if (node.tagName === 'p' && /^Exported from Medium on /.test(words)) exported = { text: words.replace(/^Exported from Medium on /, '').replace(/\.$/, ''), node };
  });
  if (!Object.hasOwn(data, 'date') && exported) {
    found('date', exported.text, exported.node);
    found('draft', true, exported.node);
  }
  return { data, lines };
}

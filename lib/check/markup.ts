import type { Element, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ownIdGivesWay, sanitizeSchema } from '../markdown/rehype-plugins';
import { RESERVED_IDS } from '../markdown/reserved-ids';
import { ownHeadingId } from '../markdown/heading-ids';
import { parseBody } from '../markdown/parse';
import { shorten } from '../text/quote';

/** Something in a post body the sanitiser or the CSP will drop, at its line in the body (1-based). */
export interface MarkupFinding {
  line: number;
  message: string;
  fix: string;
}

/** Whether the real sanitiser keeps this URL on this element: the check never disagrees with the build. */
function sanitiserKeeps(tagName: 'a', property: 'href', url: string): boolean {
  const element: Element = { type: 'element', tagName, properties: { [property]: url }, children: [] };
  const clean = sanitize({ type: 'root', children: [element] }, sanitizeSchema) as HastRoot;
  const kept = clean.children[0];
  return kept?.type === 'element' && kept.properties[property] === url;
}


/**
 * Links, images and heading ids the site will not show as written: the build removes or replaces them
 * without a word, so authors hear about them here.
 */
export function findDroppedMarkup(body: string, tree: Root = parseBody(body).tree): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const add = (line: number | undefined, message: string, fix: string) => findings.push({ line: line ?? 1, message, fix });

  visit(tree, (node) => {
    const line = node.position?.start.line;
    // Raw HTML: lib/check/lossy-markup.ts, which parses it as the build does.
    if (node.type === 'link' || node.type === 'definition') {
      if (!sanitiserKeeps('a', 'href', node.url)) {
        add(line, `The link to ${shorten(node.url)} is removed: links may only use https, http, mailto or a site path.`, 'Fix the address or remove the link.');
      }
    }
    // Images: lib/check/images.ts (each is resolved, so a bad one is an error there).
  });
  findings.push(...headingIdsGivingWay(tree));
  return findings.sort((a, b) => a.line - b.line);
}

/** A heading's own id (`## Install {#install}`, in `.md` or `.mdx`) that gives way, as rehypeHeadingIds decides. */
export function headingIdsGivingWay(tree: Root): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const taken = new Set(RESERVED_IDS);
  visit(tree, 'heading', (heading) => {
    const id = ownHeadingId(heading);
    if (heading.depth < 2 || id === undefined) return;
    const reason = ownIdGivesWay(id, taken);
    if (!reason) return;
    const why = reason === 'unsafe' ? 'is not made of letters, digits, - and _ (starting with a letter or digit)' : RESERVED_IDS.includes(id) ? 'is one the page itself uses' : 'is an earlier heading’s';
    findings.push({
      line: heading.position?.start.line ?? 1,
      message: `The heading id ${shorten(`{#${id}}`, 40)} ${why}: this heading gets an id made from its text instead, and links to the old one land at the top of the post.`,
      fix: `Give it another id, of letters, digits, - and _ that no other heading has and the page does not use (${RESERVED_IDS.join(', ')}), and change the links to it.`,
    });
  });
  return findings;
}

// Obsidian's inline tag: `#` at a line's start or after a space, then a letter (`#1` is no tag), then letters,
// digits, `_`, `-` and `/` (a nested tag, `#project/site`).
const INLINE_TAG = /(?<![^\s(])#([\p{L}_][\p{L}\p{N}_/-]*)/gu;

/** Obsidian's inline `#tags` in a body's text (not in code, links or HTML), at their lines in the body. */
export function inlineTags(tree: Root): { line: number; tag: string }[] {
  const found: { line: number; tag: string }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'linkReference' || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return 'skip';
    if (node.type !== 'text') return undefined;
    for (const match of node.value.matchAll(INLINE_TAG)) {
      const line = (node.position?.start.line ?? 1) + (node.value.slice(0, match.index).match(/\n/g)?.length ?? 0);
      found.push({ line, tag: (match[1] ?? '').replace(/[/-]+$/, '') });
    }
    return undefined;
  });
  return found;
}

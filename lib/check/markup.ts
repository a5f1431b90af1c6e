import type { Element, Root as HastRoot } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from '../markdown/rehype-plugins';

/** Something in a post body the sanitiser or the CSP will drop, at its line in the body (1-based). */
export interface MarkupFinding {
  line: number;
  message: string;
  fix: string;
}

/** Whether the real sanitiser keeps this URL on this element: the check never disagrees with the build. */
function sanitiserKeeps(tagName: 'a' | 'img', property: 'href' | 'src', url: string): boolean {
  const element: Element = { type: 'element', tagName, properties: { [property]: url }, children: [] };
  const clean = sanitize({ type: 'root', children: [element] }, sanitizeSchema) as HastRoot;
  const kept = clean.children[0];
  return kept?.type === 'element' && kept.properties[property] === url;
}

const shorten = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * Raw HTML, links and images the site will not show as written: the build removes them silently,
 * so authors hear about them here.
 */
export function findDroppedMarkup(body: string): MarkupFinding[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  unified().use(remarkGfm).runSync(tree);
  const findings: MarkupFinding[] = [];
  const add = (line: number | undefined, message: string, fix: string) => findings.push({ line: line ?? 1, message, fix });
  const rawHtml = new Map<number, string[]>();

  visit(tree, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'html') {
      const html = node.value.trim();
      if (/^<!--(?:(?!-->)[\s\S])*-->$/.test(html)) return; // one comment, nothing else: hidden either way
      const onLine = rawHtml.get(line ?? 1);
      if (onLine) onLine.push(html);
      else rawHtml.set(line ?? 1, [html]);
    } else if (node.type === 'link' || node.type === 'definition') {
      if (!sanitiserKeeps('a', 'href', node.url)) {
        add(line, `The link to ${shorten(node.url)} is removed: links may only use https, http, mailto or a site path.`, 'Fix the address or remove the link.');
      }
    } else if (node.type === 'image') {
      if (!sanitiserKeeps('img', 'src', node.url)) {
        add(line, `The image ${shorten(node.url)} is removed: images may only use a site path (or http/https).`, 'Put the file in public/ and link it as /path/to/file.');
      } else if (/^(https?:)?\/\//i.test(node.url)) {
        add(line, `The image ${shorten(node.url)} is on another site: the Content-Security-Policy blocks it.`, 'Put the file in public/ and link it as /path/to/file.');
      }
    }
  });
  for (const [line, [first = '', ...more]] of rawHtml) {
    const rest = more.length ? ` and ${more.length} more tag${more.length === 1 ? '' : 's'}` : '';
    add(line, `Raw HTML is not shown: ${shorten(first)}${rest}.`, 'Write it in Markdown, or describe it in text.');
  }
  return findings.sort((a, b) => a.line - b.line);
}

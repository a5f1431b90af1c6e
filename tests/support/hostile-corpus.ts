import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { renderTree } from './render';

/** Hand-written hostile posts: every way we know to smuggle script through Markdown. */
export const HOSTILE_DIR = path.join(process.cwd(), 'tests', 'fixtures', 'hostile');

export function hostileFiles(): { name: string; markdown: string }[] {
  return fs
    .readdirSync(HOSTILE_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, markdown: fs.readFileSync(path.join(HOSTILE_DIR, name), 'utf8') }));
}

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'meta', 'base',
  'form', 'svg', 'math', 'template', 'noscript', 'portal',
]);
// hast property names that hold a URL.
const URL_PROPERTIES = new Set([
  'href', 'src', 'srcSet', 'action', 'formAction', 'cite', 'longDesc', 'poster', 'background', 'data',
  'codeBase', 'ping', 'manifest', 'icon', 'xLinkHref', 'lowsrc', 'dynsrc',
]);

/** What a browser does to a URL before reading its scheme: trims C0 controls and spaces, drops tabs and newlines. */
export function urlScheme(value: string): string | undefined {
  const cleaned = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Every element, attribute or URL in a sanitised tree that could run script; empty when safe. */
export function unsafeParts(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, 'element', (node: Element) => {
    if (FORBIDDEN_ELEMENTS.has(node.tagName.toLowerCase())) problems.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`<${node.tagName} ${name}>`);
      if (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(String(value))) problems.push(`<${node.tagName} style=${String(value)}>`);
      if (!URL_PROPERTIES.has(name)) continue;
      for (const url of Array.isArray(value) ? value : [value]) {
        const scheme = urlScheme(String(url));
        if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) problems.push(`<${node.tagName} ${name}=${String(url)}>`);
      }
    }
  });
  return problems;
}

/** Every URL-bearing attribute value of a given tag in the tree, in document order. */
export function urlsOf(tree: Root, tagName: string, property: 'href' | 'src'): string[] {
  const urls: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const value = node.properties[property];
    if (node.tagName === tagName && typeof value === 'string') urls.push(value);
  });
  return urls;
}

/**
 * A hostile post through the real pipeline, images step off: that step stops the build on every one
 * of these images first (tests/unit/check/images.test.ts), so it is off to let them reach the sanitiser.
 */
export function renderHostile(markdown: string, name = 'hostile.md') {
  return renderTree(markdown, name, { images: false });
}

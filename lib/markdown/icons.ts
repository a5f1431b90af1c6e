/**
 * Icons written as text, drawn inline as SVG when the post is built: MkDocs Material's shortcodes
 * (`:material-trash-can:`, `:fontawesome-brands-github:`, `:octicons-search-24:`, `:simple-hashnode:`) and,
 * through lib/markdown/engine-syntax.ts, Blowfish's `{{< icon "github" >}}`. The shapes come from the icon
 * sets' own packages (Iconify's JSON of each), read when a post first names one; readers load nothing.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { IconifyJSON } from '@iconify/types';
import { getIconData, iconToSVG } from '@iconify/utils';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

interface IconSet {
  /** The Iconify package's set, `@iconify-json/<name>` */
  iconify: string;
  /** The set as an author knows it, and where its names can be looked up */
  title: string;
  browse: string;
}

/** MkDocs Material's sets, by the prefix its shortcodes give them. */
const ICON_SETS: Record<string, IconSet> = {
  material: { iconify: 'mdi', title: 'Material Design Icons', browse: 'https://pictogrammers.com/library/mdi/' },
  'fontawesome-brands': { iconify: 'fa6-brands', title: 'Font Awesome’s brands', browse: 'https://fontawesome.com/search?ic=brands' },
  'fontawesome-solid': { iconify: 'fa6-solid', title: 'Font Awesome’s solid icons', browse: 'https://fontawesome.com/search?ic=free&s=solid' },
  'fontawesome-regular': { iconify: 'fa6-regular', title: 'Font Awesome’s regular icons', browse: 'https://fontawesome.com/search?ic=free&s=regular' },
  octicons: { iconify: 'octicon', title: 'GitHub’s Octicons', browse: 'https://primer.style/octicons/' },
  simple: { iconify: 'simple-icons', title: 'Simple Icons', browse: 'https://simpleicons.org/' },
};

/** An icon's shortcode in a post's text: its set's prefix and the icon's name. */
export const ICON_SHORTCODE = /:(material|fontawesome-(?:brands|solid|regular)|octicons|simple)-([a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}):/g;

const loaded = new Map<string, IconifyJSON>();
// From the project's folder, where every process that renders posts runs (not `import.meta.url`: Playwright's
// loader compiles this module as CommonJS, and a module with `import.meta` as an ES module, which breaks).
const packages = createRequire(path.join(process.cwd(), 'package.json'));

function iconSet(iconify: string): IconifyJSON {
  let set = loaded.get(iconify);
  if (!set) {
    set = JSON.parse(fs.readFileSync(packages.resolve(`@iconify-json/${iconify}/icons.json`), 'utf8')) as IconifyJSON;
    loaded.set(iconify, set);
  }
  return set;
}

/** The set a shortcode's prefix names, or undefined for a prefix of no set. */
export function iconSetOf(prefix: string): IconSet | undefined {
  return Object.hasOwn(ICON_SETS, prefix) ? ICON_SETS[prefix] : undefined;
}

/** The icon's shape in its set, by its own name or an alias; null when the set has no such icon. */
function iconData(prefix: string, name: string) {
  const set = iconSetOf(prefix);
  if (!set) return null;
  const icons = iconSet(set.iconify);
  // Own names only: `constructor` is no icon, though every object answers to it.
  return Object.hasOwn(icons.icons, name) || Object.hasOwn(icons.aliases ?? {}, name) ? getIconData(icons, name) : null;
}

/** Whether the shortcode `:<prefix>-<name>:` names an icon the site can draw. */
export function hasIcon(prefix: string, name: string): boolean {
  return iconData(prefix, name) !== null;
}

/**
 * The icon as an inline `<svg>` one text-height tall, in the text's colour, named for screen readers by its
 * name ("trash can"); undefined when its set has no such icon.
 */
export function iconElement(prefix: string, name: string): Element | undefined {
  const key = `${prefix}:${name}`;
  if (!drawn.has(key)) drawn.set(key, drawIcon(prefix, name));
  const svg = drawn.get(key);
  // Each use its own copy: later steps may change the tree they are given.
  return svg && structuredClone(svg);
}

/** The icons drawn so far, by set and name: a post of many icons parses each shape once. */
const drawn = new Map<string, Element | undefined>();

function drawIcon(prefix: string, name: string): Element | undefined {
  const data = iconData(prefix, name);
  if (!data) return undefined;
  const { attributes, body } = iconToSVG(data, { height: '1em' });
  // The sets' shapes hold no ids (so nothing to make unique per page) and no script: they are the packages'
  // own drawings, never the author's text. Parsed as HTML, which puts the shapes in SVG's namespace.
  const parsed = fromHtml(`<svg width="${attributes.width ?? '1em'}" height="${attributes.height ?? '1em'}" viewBox="${attributes.viewBox}">${body}</svg>`, { fragment: true, space: 'html' });
  const svg = parsed.children.find((child): child is Element => child.type === 'element');
  if (!svg) return undefined;
  svg.properties = { ...svg.properties, className: ['icon'], role: 'img', ariaLabel: name.replace(/-\d+$/, '').replace(/-/g, ' ') };
  return svg;
}

/** Blowfish's names that its sets (Font Awesome, Simple Icons) call otherwise. */
const BLOWFISH_RENAMED: Record<string, string> = {
  email: 'fontawesome-solid-envelope',
  edit: 'fontawesome-solid-pen-to-square',
  search: 'fontawesome-solid-magnifying-glass',
  translate: 'fontawesome-solid-language',
  coffee: 'fontawesome-solid-mug-saucer',
};

/**
 * Blowfish's `{{< icon "name" >}}` as the shortcode of the same icon (`:fontawesome-brands-github:`): its
 * icons are Font Awesome's, brands first, with a few of Simple Icons'. Undefined for a name none has.
 */
export function blowfishIconShortcode(name: string): string | undefined {
  const renamed = Object.hasOwn(BLOWFISH_RENAMED, name) ? BLOWFISH_RENAMED[name] : undefined;
  if (renamed) return `:${renamed}:`;
  const prefix = ['fontawesome-brands', 'fontawesome-solid', 'fontawesome-regular', 'simple'].find((candidate) => hasIcon(candidate, name));
  return prefix ? `:${prefix}-${name}:` : undefined;
}

/**
 * An Iconify name as Nuxt writes it (`i-simple-icons-github`, `simple-icons:github`, `i-mdi-home`) as the
 * shortcode of the same icon (`:simple-github:`), when the site has its set; undefined otherwise.
 */
export function iconifyShortcode(written: string): string | undefined {
  const name = written.trim().toLowerCase();
  for (const [prefix, set] of Object.entries(ICON_SETS)) {
    const icon = name.startsWith(`i-${set.iconify}-`) ? name.slice(set.iconify.length + 3) : name.startsWith(`${set.iconify}:`) ? name.slice(set.iconify.length + 1) : undefined;
    if (icon && /^[a-z0-9]{1,40}(?:-[a-z0-9]{1,40}){0,8}$/.test(icon) && hasIcon(prefix, icon)) return `:${prefix}-${icon}:`;
  }
  return undefined;
}

/** Hugo Blox's `pack` (`fab`, `fas`, `far`) as the prefix of the site's Font Awesome sets. */
const PACKS: Readonly<Record<string, string>> = { fab: 'fontawesome-brands', fas: 'fontawesome-solid', far: 'fontawesome-regular' };

/**
 * Hugo Blox's `{{< icon name="python" pack="fab" >}}` as the shortcode of the same icon (`:fontawesome-brands-python:`);
 * without a pack, as Blowfish's. Undefined for a pack the site lacks (Academicons') or a name its set has not.
 */
export function packIconShortcode(name: string, pack: string | undefined): string | undefined {
  if (pack === undefined) return blowfishIconShortcode(name);
  const prefix = PACKS[pack];
  return prefix && hasIcon(prefix, name) ? `:${prefix}-${name}:` : undefined;
}

// Text in these shows what was written, shortcodes included.
const LITERAL = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'textarea', 'title']);

/** The text's icon shortcodes drawn, the rest of it kept; undefined when it names none the site has. */
function withIcons(text: string): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(ICON_SHORTCODE)) {
    const icon = iconElement(match[1] ?? '', match[2] ?? '');
    if (!icon) continue;
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push(icon);
    last = match.index + match[0].length;
  }
  if (last === 0) return undefined;
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

/**
 * Draws the icon shortcodes of the post's text (not of its code). For a `.md` post it runs after the
 * sanitiser, which keeps no SVG of the author's: the drawings come from the icon sets alone.
 * A shortcode of no icon stays text; content:check stops on it (lib/check/lossy-markup.ts).
 */
export function rehypeIcons() {
  // Elements, and in an `.mdx` post the JSX components' children too.
  const walk = (node: { children: RootContent[] }) => {
    const children: RootContent[] = [];
    for (const child of node.children) {
      if (child.type === 'text' && child.value.includes(':')) {
        children.push(...(withIcons(child.value) ?? [child]));
      } else {
        if ('children' in child && !(child.type === 'element' && LITERAL.has(child.tagName))) walk(child as { children: RootContent[] });
        children.push(child);
      }
    }
    node.children = children;
  };
  return (tree: Root) => walk(tree);
}

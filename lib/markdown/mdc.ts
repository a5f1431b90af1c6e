/**
 * Nuxt Content's Markdown (MDC) as its authors write it, read for lib/markdown/engine-syntax.ts: block
 * components `::name{key="value"}` … `::` (a component inside another takes a colon more), their props
 * written as YAML between `---` lines at the top of the body, their slots (`#title` alone on a line), and
 * inline components `:name[label]{key="value"}`. VitePress writes its code groups the same way
 * (`::: code-group` … `:::`). The components that Nuxt's prose sets (Nuxt UI, Docus) draw from Markdown
 * have their Markdown look here; any other is the old site's own Vue component, which content:check names.
 */
import { ALERT_KINDS } from './alerts';

/** A block component's opening line: its indent, its colons, its name (VuePress' tabs: its `#id` after it) and its attributes. */
export const MDC_BLOCK = /^(\s*)(:{2,})[ \t]*([A-Za-z][\w-]{0,60})(?:#[\w-]{1,60})?(?:\{([^{}\n]{0,500})\})?[ \t]*$/;
/** A tab of VuePress 2's tabs (its tab plugin, the Hope theme): `@tab npm`, `@tab:active pnpm`, `@tab Yarn#yarn`. */
export const VUEPRESS_TAB = /^\s*@tab(?::active)?[ \t]+(.*?)(?:#[\w-]{1,60})?[ \t]*$/;
/** A slot's name alone on its line inside a component (`#title`, `#default`). */
export const MDC_SLOT = /^\s*#[A-Za-z][\w-]{0,60}\s*$/;
/**
 * An inline component: `:badge[New]`, `:kbd{value="Ctrl"}`, `:icon{name="i-lucide-sun"}`, after a space or
 * a line's start, never a link's text (`:a[b](c)`) nor an emoji shortcode (`:smile:`).
 */
export const MDC_INLINE = /(?<![\w:\\/])(:[A-Za-z][\w-]{0,60})(?:\[([^[\]\n]{0,300})\](?:\{([^{}\n]{0,500})\})?|\{([^{}\n]{0,500})\})(?![(\w])/g;

// One attribute: key="value", key='value', key=value, `.class`, `#id`, or a bare key (true).
const ATTRIBUTE = /([A-Za-z_:@][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))|\.([\w-]+)|#([\w-]+)|([A-Za-z_][\w-]*)/g;

/** The attributes of a component, by lowercased name (`.a .b` as `class`, a bare key as "true"). */
export function mdcAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, key, double, single, bare, className, id, flag] of text.matchAll(ATTRIBUTE)) {
    if (key !== undefined) attributes[key.toLowerCase().replace(/^:/, '')] = double ?? single ?? bare ?? '';
    else if (className !== undefined) attributes.class = `${attributes.class ?? ''} ${className}`.trim();
    else if (id !== undefined) attributes.id = id;
    else if (flag !== undefined) attributes[flag.toLowerCase()] = 'true';
  }
  return attributes;
}

/** The props a component's body opens with, as YAML (`---`, `type: warning`, `---`): one `key: value` a line. */
export function mdcYamlProps(lines: readonly string[], index: number): { attributes: Record<string, string>; last: number } | undefined {
  if ((lines[index + 1] ?? '').trim() !== '---') return undefined;
  const attributes: Record<string, string> = {};
  for (let at = index + 2; at < lines.length && at <= index + 40; at++) {
    const line = (lines[at] ?? '').trim();
    if (line === '---') return { attributes, last: at };
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(?:"([^"]*)"|'([^']*)'|(.*))$/.exec(line);
    if (!pair) return undefined;
    attributes[(pair[1] ?? '').toLowerCase()] = (pair[2] ?? pair[3] ?? pair[4] ?? '').trim();
  }
  return undefined;
}

/** What a block component is here. */
export type MdcRole =
  /** A callout (lib/markdown/alerts.ts): its kind, title, and whether it folds */
  | { role: 'callout'; kind: string; title?: string; fold: '' | '-'; link?: string }
  /** A frame around other content: its lines go, the content stays, as `note` says */
  | { role: 'frame'; note: string }
  /** One tab of a group: its label above its content */
  | { role: 'tab'; label: string };

// Colours Nuxt UI names instead of a kind: the plain callout.
const PLAIN_COLOURS = new Set(['', 'default', 'primary', 'secondary', 'neutral', 'gray', 'grey', 'light', 'dark']);
const TAB_NOTE = 'is left out with its end: the site shows every tab, one after another, each under its label';
const FRAMES: Readonly<Record<string, string>> = {
  'code-group': 'is left out with its end: the site shows each block of the group one after another, under its label',
  'code-preview': 'is left out with its end: its content is shown as it is',
  'code-collapse': 'is left out with its end: the code is shown whole',
  steps: 'is left out with its end: its headings are the steps, in order',
  'card-group': 'is left out with its end: its cards are shown one after another',
  'field-group': 'is left out with its end: its fields are shown one after another',
  accordion: 'is left out with its end: its items are shown one after another, each folded under its label',
  list: 'is left out with its end: its list is shown as written',
  // VuePress Hope's alignment: the site aligns its text itself.
  center: 'is left out with its end: its text is shown as any paragraph, the site aligning it',
  right: 'is left out with its end: its text is shown as any paragraph, the site aligning it',
  left: 'is left out with its end: its text is shown as any paragraph, the site aligning it',
  // VitePress' `::: raw`: its content kept out of the theme's styles.
  raw: 'is left out with its end: its content is shown as it is',
  tabs: TAB_NOTE,
  'code-tabs': TAB_NOTE,
};

/** What a block component named `name` is here, or undefined for one the site has no look for. */
export function mdcRole(name: string, attributes: Readonly<Record<string, string>>, { inTabs = false } = {}): MdcRole | undefined {
  const lower = name.toLowerCase().replace(/^prose-/, '');
  if (Object.hasOwn(FRAMES, lower)) return { role: 'frame', note: FRAMES[lower] ?? '' };
  const label = attributes.label ?? attributes.title ?? attributes.name;
  if ((lower === 'tabs-item' || lower === 'tab' || (lower === 'div' && inTabs)) && label !== undefined && label.trim() !== '') return { role: 'tab', label: label.trim() };
  const title = attributes.title?.trim() || undefined;
  if (Object.hasOwn(ALERT_KINDS, lower)) return { role: 'callout', kind: lower, ...(title ? { title } : {}), fold: '' };
  if (lower === 'callout' || lower === 'alert') {
    const word = (attributes.type ?? attributes.color ?? '').toLowerCase();
    const kind = Object.hasOwn(ALERT_KINDS, word) ? word : PLAIN_COLOURS.has(word) ? 'note' : undefined;
    return kind ? { role: 'callout', kind, ...(title ? { title } : {}), fold: '' } : undefined;
  }
  if (lower === 'collapsible' || lower === 'accordion-item' || lower === 'details') return { role: 'callout', kind: 'note', title: label?.trim() || 'Details', fold: '-' };
  // Nuxt UI's card: its title, its text, and the page it led to as a link on its last line.
  if (lower === 'card') {
    const to = attributes.to ?? attributes.href;
    return { role: 'callout', kind: 'note', ...(title ? { title } : {}), fold: '', ...(to && /^(?:https?:\/\/|\/)[^\s()<>]*$/.test(to) ? { link: to } : {}) };
  }
  return undefined;
}

/** The block components Nuxt's prose sets draw, listed for content:check's fix. */
export const MDC_KNOWN = ['note', 'tip', 'warning', 'caution', 'important', 'callout', 'collapsible', 'card', 'code-group', 'tabs', 'steps'] as const;

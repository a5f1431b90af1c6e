/**
 * What a fence's info string may say, read once for the renderer (lib/markdown/highlight.ts) and
 * the check (lib/check/code-fences.ts), so the two never disagree:
 * ```` ```ts:app/page.ts title="…" {1,3-4} showLineNumbers ````, `showLineNumbers{10}` or `showLineNumbers=10`
 * to start counting at 10, and Hugo's options as Hugo writes them: ```` ```go {linenos=table,hl_lines=[2,"4-5"],linenostart=10} ````.
 */

/** Words authors use for a language Shiki knows under another name. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  tex: 'latex',
  sh: 'shellscript',
  shell: 'shellscript',
  zsh: 'shellscript',
  console: 'shellscript',
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  ts: 'typescript',
  py: 'python',
  rs: 'rust',
  yml: 'yaml',
  md: 'markdown',
  sol: 'solidity',
  'c++': 'cpp',
  cs: 'csharp',
  golang: 'go',
};

/** The languages the highlighter loads (their own aliases, such as `bash`, come with them). */
export const HIGHLIGHTED_LANGUAGES = [
  'astro', 'bash', 'c', 'cpp', 'csharp', 'css', 'diff', 'go', 'html', 'java', 'javascript', 'json', 'jsx', 'latex',
  'markdown', 'mdx', 'python', 'rust', 'shellscript', 'solidity', 'sql', 'toml', 'tsx', 'typescript', 'yaml',
] as const;

const KNOWN = new Set<string>(HIGHLIGHTED_LANGUAGES);
const PLAIN = new Set(['', 'text', 'txt', 'plain', 'plaintext']);

export interface FenceInfo {
  /** The word the author wrote, shown as the block's label ('' for none) */
  label: string;
  /** The highlighter language: a loaded one, or 'text' */
  language: string;
  /** Whether a non-plain language was asked for that the highlighter lacks */
  unknownLanguage: boolean;
  title?: string;
  /** 1-based line numbers to highlight */
  highlightLines: number[];
  showLineNumbers: boolean;
  /** The number shown on the first line when numbered */
  firstLineNumber: number;
  /** Parts of the info string the site does not understand (reported by content:check) */
  unsupported: string[];
  /** Options that only chose another engine's look (Hugo's `style=monokai`): the site's code theme applies (a note) */
  ignored: string[];
}

// One token of the meta string: key="value", key='value', {ranges} or a bare word.
const META_TOKEN = /(\w[\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))|\{([^}]*)\}|(\S+)/g;
const RANGES = /^\s*\d+(?:\s*-\s*\d+)?(?:\s*,\s*\d+(?:\s*-\s*\d+)?)*\s*$/;

/** Line numbers in `{1,3-4}`, kept within the block (a typo like `{1-99999999}` must not build a huge list). */
function lineNumbers(ranges: string, lineCount: number): number[] {
  const lines = new Set<number>();
  for (const part of ranges.split(',')) {
    const [from = 0, to = from] = part.split('-').map((value) => Number.parseInt(value, 10));
    for (let line = Math.max(1, from); line <= Math.min(to, lineCount); line++) lines.add(line);
  }
  return [...lines].sort((a, b) => a - b);
}

/** Hugo options that only set how Hugo's highlighter drew the block: the site's own code theme replaces them. */
const HUGO_LOOK_ONLY = new Set(['style', 'anchorlinenos', 'lineanchors', 'linenumbersintable', 'noclasses', 'tabwidth', 'guesssyntax', 'hl_inline', 'codefences', 'wrapperclass']);
// One `key=value` of Hugo's braces, after spaces or commas: a value is a [list], a quoted string or a word.
const HUGO_OPTION = /[\s,]*(\w+)\s*=\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s,]+)[\s,]*/y;
const LINE_RANGE = /^\d+(?:-\d+)?$/;
/** A first line number: a whole number, bounded so a typo cannot ask for a huge counter. */
const FIRST_LINE = /^\d{1,7}$/;
const unquote = (value: string) => value.replace(/^["']|["']$/g, '');

/**
 * Hugo's fence options (`{linenos=inline hl_lines=[3,"6-8"] linenostart=5 style=emacs}`: keys in any case,
 * separated by spaces or commas; `hl_lines` counts lines within the block, whatever `linenostart` says).
 * False when the braces are not Hugo's `key=value` form at all.
 */
function readHugoOptions(text: string, info: FenceInfo, lineCount: number): boolean {
  const options: [string, string][] = [];
  HUGO_OPTION.lastIndex = 0;
  while (HUGO_OPTION.lastIndex < text.length) {
    const start = HUGO_OPTION.lastIndex;
    const match = HUGO_OPTION.exec(text);
    if (!match || HUGO_OPTION.lastIndex === start) return false;
    options.push([match[1] ?? '', match[2] ?? '']);
  }
  if (options.length === 0) return false;
  for (const [key, raw] of options) {
    const name = key.toLowerCase();
    const value = unquote(raw);
    const token = `${key}=${raw}`;
    if (name === 'linenos' && /^(true|table|inline)$/i.test(value)) info.showLineNumbers = true;
    else if (name === 'linenos' && /^false$/i.test(value)) info.showLineNumbers = false;
    else if (name === 'linenostart' && FIRST_LINE.test(value)) info.firstLineNumber = Number(value);
    else if (name === 'hl_lines') {
      const ranges = value.replace(/^\[|\]$/g, '').split(/[\s,]+/).map(unquote).filter(Boolean);
      if (ranges.length > 0 && ranges.every((range) => LINE_RANGE.test(range))) info.highlightLines.push(...lineNumbers(ranges.join(','), lineCount));
      else info.unsupported.push(token);
    } else if (HUGO_LOOK_ONLY.has(name)) info.ignored.push(token);
    else info.unsupported.push(token);
  }
  return true;
}

/** Reads a fence: `lang` is the first word of its info string, `meta` the rest. */
export function parseFence(lang: string | null | undefined, meta: string | null | undefined, lineCount: number): FenceInfo {
  let word = (lang ?? '').trim();
  let title: string | undefined;
  const unsupported: string[] = [];
  // `js:file.js` (the form several site generators use) names the file.
  const colon = word.indexOf(':');
  if (colon > 0) {
    title = word.slice(colon + 1) || undefined;
    word = word.slice(0, colon);
  }
  const lower = word.toLowerCase();
  const language = LANGUAGE_ALIASES[lower] ?? lower;
  const plain = PLAIN.has(lower);
  // `{r echo=FALSE}`, `{.python}`: attribute syntax of other tools, not a language.
  if (/^[{.]/.test(word)) unsupported.push(word);
  const unknownLanguage = !plain && !KNOWN.has(language) && unsupported.length === 0;
  const info: FenceInfo = {
    label: plain || unsupported.length > 0 ? '' : word,
    language: KNOWN.has(language) ? language : 'text',
    unknownLanguage,
    highlightLines: [],
    showLineNumbers: false,
    firstLineNumber: 1,
    unsupported,
    ignored: [],
  };
  for (const match of (meta ?? '').matchAll(META_TOKEN)) {
    const [token, key, double, single, bare, braces, other] = match;
    // `showLineNumbers=10` (rehype-prism-plus) and `showLineNumbers{10}` (rehype-pretty-code) start at 10.
    const start = key === 'showLineNumbers' ? (double ?? single ?? bare) : /^showLineNumbers\{(\d+)\}$/.exec(other ?? '')?.[1];
    if (key === 'title') title = double ?? single ?? bare;
    else if (start !== undefined && FIRST_LINE.test(start)) {
      info.showLineNumbers = true;
      info.firstLineNumber = Number(start);
    } else if (braces !== undefined && RANGES.test(braces)) info.highlightLines.push(...lineNumbers(braces, lineCount));
    else if (braces !== undefined && readHugoOptions(braces, info, lineCount)) continue;
    else if (other === 'showLineNumbers') info.showLineNumbers = true;
    else unsupported.push(token);
  }
  info.highlightLines = [...new Set(info.highlightLines)].sort((a, b) => a - b);
  if (title?.trim()) info.title = title.trim();
  return info;
}

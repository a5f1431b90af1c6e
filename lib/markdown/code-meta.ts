/**
 * What a fence's info string may say, read once for the renderer (lib/markdown/highlight.ts) and
 * the check (lib/check/lossy-markup.ts), so the two never disagree:
 * ```` ```ts:app/page.ts title="…" {1,3-4} showLineNumbers ````, `showLineNumbers{10}` or `showLineNumbers=10`
 * to start counting at 10, and other engines' forms as they write them, so their posts build unchanged:
 * Hugo ```` ```go {linenos=table,hl_lines=[2,"4-5"],linenostart=10} ````, MkDocs ```` ```py linenums="1" hl_lines="2 3" ````
 * and ```` ``` { .py title="a.py" } ````, Gatsby ```` ```js{1,3}{numberLines: 5} ```` and ```` ```js:title=a.js ````,
 * Eleventy ```` ```js/2,4-5 ```` (and ```` ```js/1/3 ```` for added and removed lines), Zola ```` ```rust,linenos,hl_lines=1 3-5 ````,
 * VitePress and Nuxt Content ```` ```ts:line-numbers [config.ts]{2} ````.
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
  /** 1-based line numbers shown as added and removed (a diff) */
  addedLines: number[];
  removedLines: number[];
  showLineNumbers: boolean;
  /** The number shown on the first line when numbered */
  firstLineNumber: number;
  /** Parts of the info string the site does not understand (reported by content:check) */
  unsupported: string[];
  /** Options that only chose another engine's look (Hugo's `style=monokai`): the site's code theme applies (a note) */
  ignored: string[];
  /** Docusaurus' `npm2yarn`: the block showed the command for Yarn and pnpm too; here npm's alone (a note) */
  npm2yarn?: true;
  /** Docusaurus' `live`: the block was an editor with the code's result under it; here the code alone (a warning) */
  live?: true;
}

// One token of the meta string: key="value", key='value', {ranges}, [a title] or a bare word.
const META_TOKEN = /(\w[\w-]*)=(?:"([^"]*)"|'([^']*)'|(\S+))|\{([^}]*)\}|\[([^\]\n]*)\]|(\S+)/g;
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

/** Line ranges as engines list them (`1 3-4`, `1,3-4`, `[1,"3-4"]`), or undefined when a part is not a range. */
function rangeList(value: string, lineCount: number): number[] | undefined {
  const ranges = value.replace(/^\[|\]$/g, '').split(/[\s,]+/).map(unquote).filter(Boolean);
  if (ranges.length === 0 || !ranges.every((range) => LINE_RANGE.test(range))) return undefined;
  return lineNumbers(ranges.join(','), lineCount);
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
      const lines = rangeList(raw, lineCount);
      if (lines) info.highlightLines.push(...lines);
      else info.unsupported.push(token);
    } else if (HUGO_LOOK_ONLY.has(name)) info.ignored.push(token);
    else info.unsupported.push(token);
  }
  return true;
}

/**
 * An option another engine writes as key=value (MkDocs, Zola, Pandoc), when the site can show it:
 * true when read, false when the key is one of these but its value is not readable.
 * Undefined for a key it does not know.
 */
function readOption(key: string, value: string, info: FenceInfo, lineCount: number): boolean | undefined {
  switch (key.toLowerCase()) {
    case 'title':
      if (value.trim()) info.title = value.trim();
      return true;
    // MkDocs: linenums="1" (or "1 2": a start and a step, which the site does not draw).
    case 'linenums':
    case 'linenostart':
    case 'startfrom': {
      const start = value.trim().split(/\s+/)[0] ?? '';
      if (!FIRST_LINE.test(start)) return false;
      info.showLineNumbers = true;
      info.firstLineNumber = Number(start);
      return true;
    }
    // LekoArts' Gatsby themes: highlight=5-7,10.
    case 'highlight':
    case 'hl_lines': {
      const lines = rangeList(value, lineCount);
      if (lines) info.highlightLines.push(...lines);
      return lines !== undefined;
    }
    default:
      return undefined;
  }
}

// One token of an attribute list: .class, key="value", key='value', key=value or a bare word.
const ATTRIBUTE_TOKEN = /\.([\w+#-]+)|(\w[\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s}]+))|(\S+)/g;
/** Classes of an attribute list that number the lines (Pandoc, MkDocs). */
const NUMBERING_CLASSES = new Set(['numberlines', 'number-lines', 'linenums']);
/** MkDocs Material's annotations: the markers stay as comments, the list after the block as a list. */
const LOOK_CLASSES = new Set(['annotate', 'no-copy', 'copy', 'select', 'no-select']);

/**
 * MkDocs' and Pandoc's attribute list, the whole info string in braces: ```` ``` { .py title="a.py" linenums="1" } ````.
 * The first class is the language. Returns the language word.
 */
function readAttributeList(inner: string, info: FenceInfo, lineCount: number): string {
  let word = '';
  for (const [token, className, key, double, single, bare] of inner.matchAll(ATTRIBUTE_TOKEN)) {
    if (className !== undefined) {
      const name = className.toLowerCase();
      if (!word && !NUMBERING_CLASSES.has(name) && !LOOK_CLASSES.has(name)) word = className;
      else if (NUMBERING_CLASSES.has(name)) info.showLineNumbers = true;
      else if (LOOK_CLASSES.has(name)) info.ignored.push(token);
      else info.unsupported.push(token);
    } else if (key === undefined || readOption(key, double ?? single ?? bare ?? '', info, lineCount) !== true) info.unsupported.push(token);
  }
  return word;
}

/**
 * Zola's options after the language, comma-separated: ```` ```rust,linenos,linenostart=10,hl_lines=1 3-5 ````.
 * (`hide_lines` would hide lines the site shows: reported.)
 */
function readZolaOptions(options: string[], info: FenceInfo, lineCount: number): void {
  for (const option of options.map((part) => part.trim()).filter(Boolean)) {
    const [key = '', value] = option.split(/=(.*)/s);
    if (key === 'linenos' && value === undefined) info.showLineNumbers = true;
    else if (value === undefined || readOption(key, unquote(value), info, lineCount) !== true) info.unsupported.push(option);
  }
}

/** Eleventy's line sets after a slash: ```` ```js/2,4-5 ```` highlights; ```` ```js/1/3 ```` adds line 1 and removes line 3. */
function readEleventySets(sets: string[], info: FenceInfo, lineCount: number): void {
  const lines = sets.map((set) => (set === '' || set === '-' ? [] : rangeList(set, lineCount)));
  if (sets.length > 2 || lines.some((set) => set === undefined)) info.unsupported.push(`/${sets.join('/')}`);
  else if (sets.length === 1) info.highlightLines.push(...(lines[0] ?? []));
  else {
    info.addedLines.push(...(lines[0] ?? []));
    info.removedLines.push(...(lines[1] ?? []));
  }
}

/** Gatsby's options in braces: `{numberLines: true}` or `{numberLines: 5}`. */
const GATSBY_NUMBERING = /^\s*numberLines\s*:\s*(true|\d{1,7})\s*$/;

/** Reads a fence: `lang` is the first word of its info string, `meta` the rest. */
export function parseFence(lang: string | null | undefined, meta: string | null | undefined, lineCount: number): FenceInfo {
  let word = (lang ?? '').trim();
  let rest = (meta ?? '').trim();
  let title: string | undefined;
  const info: FenceInfo = {
    label: '',
    language: 'text',
    unknownLanguage: false,
    highlightLines: [],
    addedLines: [],
    removedLines: [],
    showLineNumbers: false,
    firstLineNumber: 1,
    unsupported: [],
    ignored: [],
  };
  // Markdown splits the info string at its first space; the forms below may hold spaces of their own.
  const whole = rest ? `${word} ${rest}` : word;
  const attributes = /^\{(.*)\}$/s.exec(whole)?.[1];
  // Only classes, ids and key=value: R Markdown's `{r echo=FALSE}` is a chunk of another tool.
  if (attributes !== undefined && [...attributes.matchAll(ATTRIBUTE_TOKEN)].every((match) => match[6] === undefined || match[6].startsWith('#'))) {
    word = readAttributeList(attributes, info, lineCount);
    rest = '';
  } else if (/^[\w+#-]+,/.test(word)) {
    const [language = '', ...options] = whole.split(',');
    word = language;
    rest = '';
    readZolaOptions(options, info, lineCount);
  } else if (/^[\w+#-]+\{/.test(word)) {
    // Gatsby writes its braces against the language: `js{1,3}`.
    const brace = whole.indexOf('{');
    rest = whole.slice(brace);
    word = whole.slice(0, brace);
  } else if (/^[\w+#-]+\/[\d,/-]*$/.test(word)) {
    const [language = '', ...sets] = word.split('/');
    word = language;
    readEleventySets(sets, info, lineCount);
  }
  // `js:file.js` (the form several site generators use) names the file; Gatsby writes `js:title=file.js`;
  // VitePress numbers the lines with `ts:line-numbers` (`ts:line-numbers=5` from 5) and not with `ts:no-line-numbers`.
  const colon = word.indexOf(':');
  if (colon > 0) {
    const after = word.slice(colon + 1);
    const numbering = /^(no-)?line-numbers(?:=(\d{1,7}))?$/.exec(after);
    if (numbering) {
      info.showLineNumbers = numbering[1] === undefined;
      if (numbering[2] !== undefined && numbering[1] === undefined) info.firstLineNumber = Number(numbering[2]);
    } else title = after.replace(/^title=/, '') || undefined;
    word = word.slice(0, colon);
  }
  const lower = word.toLowerCase();
  // Prism's `diff-js` (Eleventy's highlighter): a diff whose lines keep their `+` and `-`, drawn as one.
  const language = LANGUAGE_ALIASES[lower] ?? (/^diff-[\w+#-]+$/.test(lower) ? 'diff' : lower);
  const plain = PLAIN.has(lower);
  // `{r echo=FALSE}`, `{.python}` left open: attribute syntax of other tools, not a language.
  const otherSyntax = /^[{.]/.test(word);
  if (otherSyntax) info.unsupported.push(word);
  info.unknownLanguage = !plain && !KNOWN.has(language) && info.unsupported.length === 0;
  info.label = plain || otherSyntax ? '' : word;
  info.language = KNOWN.has(language) ? language : 'text';
  for (const match of rest.matchAll(META_TOKEN)) {
    const [token, key, double, single, bare, braces, bracketed, other] = match;
    // `showLineNumbers=10` (rehype-prism-plus) and `showLineNumbers{10}` (rehype-pretty-code) start at 10.
    const start = key === 'showLineNumbers' ? (double ?? single ?? bare) : /^showLineNumbers\{(\d+)\}$/.exec(other ?? '')?.[1];
    const gatsby = braces === undefined ? undefined : GATSBY_NUMBERING.exec(braces)?.[1];
    if (key === 'title') title = double ?? single ?? bare;
    else if (start !== undefined && FIRST_LINE.test(start)) {
      info.showLineNumbers = true;
      info.firstLineNumber = Number(start);
    } else if (braces !== undefined && RANGES.test(braces)) info.highlightLines.push(...lineNumbers(braces, lineCount));
    else if (gatsby !== undefined) {
      info.showLineNumbers = true;
      if (gatsby !== 'true') info.firstLineNumber = Number(gatsby);
    } else if (braces !== undefined && readHugoOptions(braces, info, lineCount)) continue;
    // LekoArts' Gatsby themes write `withLineNumbers`; Kent C. Dodds' blog `[2,5-7]` for lines to highlight.
    else if (other === 'showLineNumbers' || other === 'withLineNumbers') info.showLineNumbers = true;
    else if (other === 'npm2yarn') info.npm2yarn = true;
    else if (other === 'live') info.live = true;
    else if (bracketed !== undefined && /^[\d,\s-]+$/.test(bracketed) && rangeList(bracketed, lineCount)) info.highlightLines.push(...(rangeList(bracketed, lineCount) ?? []));
    // VitePress' and Nuxt Content's ```ts [config.ts]: the file's name (in a code group, the tab's label).
    else if (bracketed !== undefined && bracketed.trim() !== '' && title === undefined) title = bracketed.trim();
    // MkDocs writes its options bare on the fence line: linenums="1" hl_lines="2 3".
    else if (key !== undefined && readOption(key, double ?? single ?? bare ?? '', info, lineCount) === true) continue;
    else info.unsupported.push(token);
  }
  info.highlightLines = [...new Set(info.highlightLines)].sort((a, b) => a - b);
  if (title?.trim()) info.title = title.trim();
  return info;
}

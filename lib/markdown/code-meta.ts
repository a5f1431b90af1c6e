/**
 * What a fence's info string may say, read once for the renderer (lib/markdown/highlight.ts) and
 * the check (lib/check/code-fences.ts), so the two never disagree:
 * ```` ```ts:app/page.ts title="…" {1,3-4} showLineNumbers ````.
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
  /** Parts of the info string the site does not understand (reported by content:check) */
  unsupported: string[];
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
    unsupported,
  };
  for (const match of (meta ?? '').matchAll(META_TOKEN)) {
    const [token, key, double, single, bare, ranges, other] = match;
    if (key === 'title') title = double ?? single ?? bare;
    else if (ranges !== undefined && RANGES.test(ranges)) info.highlightLines.push(...lineNumbers(ranges, lineCount));
    else if (other === 'showLineNumbers') info.showLineNumbers = true;
    else unsupported.push(token);
  }
  if (title?.trim()) info.title = title.trim();
  return info;
}

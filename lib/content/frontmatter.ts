/**
 * The one frontmatter reader: YAML between `---` lines (Jekyll, Astro, Next starters) or TOML between
 * `+++` lines (Hugo's default). content:check, the content step (contentlayer.config.ts) and the
 * Markdown plugins all read a post's fields here, so they never disagree on what an author wrote.
 * Values come back as plain data (dates as the text written), with the line of every field.
 */
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

export type FrontmatterFormat = 'yaml' | 'toml';

export interface FrontmatterProblem {
  line: number;
  message: string;
  fix: string;
}

export interface Frontmatter {
  format: FrontmatterFormat;
  /** Line (1-based) of the block's first field */
  startLine: number;
  /** Line (1-based) where the body starts */
  bodyLine: number;
  body: string;
  /** The fields as plain values; empty when the block has problems */
  data: Record<string, unknown>;
  /** Line of each top-level field */
  lines: Map<string, number>;
  /** Line of each entry of a top-level YAML list written one entry a line (absent otherwise) */
  itemLines: Map<string, number[]>;
  /** Syntax problems of the block (the data is then empty) */
  problems: FrontmatterProblem[];
}

const FENCES: Record<FrontmatterFormat, string> = { yaml: '---', toml: '+++' };
const BLOCK: Record<FrontmatterFormat, RegExp> = {
  yaml: /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/,
  toml: /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n?\+\+\+[ \t]*(?:\r?\n|$)/,
};

/** Plain data: TOML dates become the text written (`2024-01-02`), as YAML's core schema keeps them. */
function plain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

function readYaml(source: string, startLine: number): Pick<Frontmatter, 'data' | 'lines' | 'itemLines' | 'problems'> {
  const counter = new LineCounter();
  // The core schema keeps `2024-02-30` a string: YAML 1.1 timestamps would roll it over silently.
  const doc = parseDocument(source, { schema: 'core', lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => startLine + (offset === undefined ? 0 : counter.linePos(offset).line - 1);
  const lines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => ({
      line: lineOf(error.pos[0]),
      message: `Invalid YAML frontmatter: ${error.message.split('\n')[0]}`,
      fix: 'Quote values that contain `:` or `#`, and check indentation.',
    }));
    return { data: {}, lines, itemLines, problems };
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { data: {}, lines, itemLines, problems: [{ line: startLine, message: 'The frontmatter is not a list of `field: value` lines.', fix: 'Write fields as `title: My post`.' }] };
  }
  for (const pair of isMap(doc.contents) ? doc.contents.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    lines.set(key, lineOf(isScalar(pair.key) ? pair.key.range?.[0] : undefined));
    if (isSeq(pair.value)) itemLines.set(key, pair.value.items.map((item) => lineOf((item as { range?: readonly number[] | null }).range?.[0])));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { data: {}, lines, itemLines, problems: [{ line: startLine, message: `Invalid YAML frontmatter: ${error instanceof Error ? error.message : String(error)}`, fix: 'Remove the `*alias` references.' }] };
  }
  return { data: (data ?? {}) as Record<string, unknown>, lines, itemLines, problems: [] };
}

// A top-level TOML key (`title = …`, `"my key" = …`) or table (`[cover]`, `[[series]]`).
const TOML_KEY = /^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=/;
const TOML_TABLE = /^\s*\[\[?\s*(?:"([^"]+)"|([A-Za-z0-9_-]+))/;

function readToml(source: string, startLine: number): Pick<Frontmatter, 'data' | 'lines' | 'itemLines' | 'problems'> {
  const lines = new Map<string, number>();
  let inTable = false;
  source.split('\n').forEach((text, index) => {
    const table = TOML_TABLE.exec(text);
    if (table) {
      inTable = true;
      const key = table[1] ?? table[2] ?? '';
      if (!lines.has(key)) lines.set(key, startLine + index);
      return;
    }
    const key = inTable ? null : TOML_KEY.exec(text);
    if (key) lines.set(key[1] ?? key[2] ?? key[3] ?? '', startLine + index);
  });
  try {
    return { data: plain(parseToml(source)) as Record<string, unknown>, lines, itemLines: new Map(), problems: [] };
  } catch (error) {
    const line = error instanceof TomlError ? startLine + error.line - 1 : startLine;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? '';
    return { data: {}, lines, itemLines: new Map(), problems: [{ line, message: `Invalid TOML frontmatter: ${message}`, fix: 'Quote text values (`title = "My post"`) and check the brackets of lists.' }] };
  }
}

/** The fields of a block's text, as remark-frontmatter hands it over (`startLine`: its first line). */
export function readFrontmatterBlock(format: FrontmatterFormat, source: string, startLine = 2): Pick<Frontmatter, 'data' | 'lines' | 'itemLines' | 'problems'> {
  return format === 'toml' ? readToml(source, startLine) : readYaml(source, startLine);
}

/** A post's frontmatter and body, or undefined when the file opens with neither `---` nor `+++`. */
export function readFrontmatter(text: string): Frontmatter | undefined {
  const source = text.replace(/^\uFEFF/, '');
  for (const format of Object.keys(FENCES) as FrontmatterFormat[]) {
    const match = BLOCK[format].exec(source);
    if (!match) continue;
    return {
      format,
      startLine: 2,
      bodyLine: match[0].split('\n').length,
      body: source.slice(match[0].length),
      ...readFrontmatterBlock(format, match[1] ?? '', 2),
    };
  }
  return undefined;
}

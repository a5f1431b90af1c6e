/**
 * The one frontmatter reader: YAML between `---` lines (Jekyll, Astro, Next starters), TOML between
 * `+++` lines (Hugo's default), a JSON object between `{` and `}` lines (Hugo), or Pelican's
 * `Title: My post` lines up to the first blank line (Python-Markdown's metadata). content:check, the
 * content step (contentlayer.config.ts) and the Markdown plugins all read a post's fields here, so
 * they never disagree on what an author wrote. Values come back as plain data (dates as the text
 * written), with the line of every field and list entry.
 */
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { HEADING_ATTRIBUTES } from '../text/heading-attributes';
import { esmMetadataBlock, readEsmMetadata } from './esm-metadata';
import { mediumBody, readMedium } from './medium';
import { notionBlock, readNotion } from './notion';
import { SUBSTACK_POST } from './post-extensions.mjs';
import { readSubstack, substackBody, type SubstackRow } from './substack';
import { fileNameOf, IGNORED_FIELDS, KNOWN_KEYS, POST_FILE, SLUG } from './schema';

// The schema's spelling of each key, by its lower case: Pelican's keys are read in any case.
const SCHEMA_SPELLINGS = new Map([...KNOWN_KEYS.keys(), ...Object.keys(IGNORED_FIELDS)].map((key) => [key.toLowerCase(), key]));

export const FRONTMATTER_FORMATS = ['yaml', 'toml', 'json', 'metadata', 'medium', 'substack', 'notion', 'esm'] as const;
export type FrontmatterFormat = (typeof FRONTMATTER_FORMATS)[number];

/**
 * The blocks no Markdown frontmatter syntax matches (Pelican's lines, Medium's page, Notion's title and
 * properties): the parser makes their node itself (lib/markdown/parse.ts).
 */
export const MADE_FORMATS: readonly FrontmatterFormat[] = ['metadata', 'medium', 'notion'];

/** Whether a Markdown tree's node is a frontmatter block: its type is its format (remark-frontmatter's, and ours). */
export function isFrontmatterNode(node: { type: string }): boolean {
  return (FRONTMATTER_FORMATS as readonly string[]).includes(node.type);
}

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
  /** Line of each entry of a top-level list */
  itemLines: Map<string, number[]>;
  /** Syntax problems of the block (the data is then empty) */
  problems: FrontmatterProblem[];
  /** No `title` was written: `data.title` is the body's opening `# Heading` (`openingHeading`) */
  titleFromHeading?: boolean;
  /** No `title` was written, nor a heading: `data.title` is the file's name in words (an Obsidian note's) */
  titleFromName?: boolean;
  /** The block is not at the file's very start (blank lines before it) or has no opening `---` (Hexo) */
  detached?: boolean;
  /** A Markdown post with no block at all (Jekyll reads one, Obsidian writes them): its title from its heading or its name */
  noBlock?: boolean;
  /** A page of Notion's export: its properties the site has no field for, by their names */
  unread?: string[];
  /** A post of Substack's export: its fields are its row of posts.csv (lib/content/substack.ts, `substackCsvOf`) */
  substack?: { row: SubstackRow };
}

/** What a block's reader gives: the fields, with their lines, and what cannot be read (or, of Notion's, what is not). */
type BlockFields = Pick<Frontmatter, 'data' | 'lines' | 'itemLines' | 'problems' | 'unread'>;

/**
 * Each format's block. JSON's is the object from a `{` line to the first `}` line, the fences
 * remark-frontmatter matches too (lib/markdown/pipeline.ts), so the reader and the renderer agree.
 */
const BLOCK: Record<Exclude<FrontmatterFormat, 'metadata' | 'medium' | 'substack' | 'notion' | 'esm'>, RegExp> = {
  yaml: /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/,
  toml: /^\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n?\+\+\+[ \t]*(?:\r?\n|$)/,
  json: /^\{[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?\}[ \t]*(?:\r?\n|$)/,
};

// Pelican's metadata (Python-Markdown's `meta`): `Key: value` lines from the first line to the first blank
// one, a value continued on lines indented by four spaces. A key with a space after its colon, so that an
// opening `https://…` is no key.
const METADATA_KEY = /^[ ]{0,3}([A-Za-z0-9][\w-]*):(?:[ \t]+(.*?)|)[ \t]*\r?$/;
const METADATA_MORE = /^(?: {4,}|\t)(.*?)[ \t]*\r?$/;

/**
 * Pelican's metadata lines at the top of a file, or undefined: the block is read as such only when it names
 * a `title` or a `date` and ends at a blank line (or the file's end), so a body that opens with
 * `Note: …` is a body.
 */
function metadataBlock(source: string): string | undefined {
  const lines = source.split('\n');
  let count = 0;
  while (count < lines.length && (METADATA_KEY.test(lines[count] ?? '') || (count > 0 && METADATA_MORE.test(lines[count] ?? '')))) count++;
  if (count === 0 || (count < lines.length && (lines[count] ?? '').trim() !== '')) return undefined;
  const keys = lines.slice(0, count).map((line) => METADATA_KEY.exec(line)?.[1]?.toLowerCase());
  if (!keys.includes('title') && !keys.includes('date')) return undefined;
  return lines.slice(0, count).join('\n') + (count < lines.length ? '\n' : '');
}

// The `---` line that ends Hexo's block when it has no opening one.
const BARE_END = /^---[ \t]*(?:\r?\n|$)/m;

/**
 * Hexo's frontmatter without its opening `---` (hexo-front-matter makes it optional): YAML lines from the
 * file's start up to a `---` line, with a `title` or a `date`. Its block (ending with its newline) and where
 * the body starts. Text that is not such a block (Pelican's `Title:` lines and a body) does not parse as one.
 */
function bareYamlBlock(source: string): { block: string; end: number } | undefined {
  if (!/^[a-z_][\w-]*:/.test(source)) return undefined;
  const end = BARE_END.exec(source);
  if (!end || end.index === 0) return undefined;
  const block = source.slice(0, end.index);
  const read = readYaml(block, 1);
  if (read.problems.length > 0 || !(Object.hasOwn(read.data, 'title') || Object.hasOwn(read.data, 'date'))) return undefined;
  return { block, end: end.index + end[0].length };
}

/** remark-frontmatter's description of the JSON block (`yaml` and `toml` are its presets). */
export const JSON_MATTER = { type: 'json', fence: { open: '{', close: '}' } } as const;

/** The line (from `startLine`) of an offset in `source`. */
function lineAtOffset(source: string, offset: number, startLine: number): number {
  let line = startLine;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) line++;
  return line;
}

/**
 * The entries of each top-level list, found in order in the text after their key: each entry's line
 * (a TOML list may spread over lines; the parser gives no positions).
 */
function listEntryLines(source: string, data: Record<string, unknown>, keyOffsets: Map<string, number>, startLine: number): Map<string, number[]> {
  const itemLines = new Map<string, number[]>();
  for (const [key, value] of Object.entries(data)) {
    const from = keyOffsets.get(key);
    if (!Array.isArray(value) || from === undefined) continue;
    let cursor = from;
    itemLines.set(
      key,
      value.map((entry) => {
        const found = typeof entry === 'string' || typeof entry === 'number' ? source.indexOf(String(entry), cursor) : -1;
        if (found === -1) return lineAtOffset(source, cursor, startLine);
        cursor = found + String(entry).length;
        return lineAtOffset(source, found, startLine);
      }),
    );
  }
  return itemLines;
}

/** Plain data: TOML dates become the text written (`2024-01-02`), as YAML's core schema keeps them. */
function plain(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

/**
 * Ruby's `!binary` (base64 of the text), which old versions of jekyll-import wrote for every value with a
 * character beyond ASCII (`title: !binary |-` and its base64 lines): the text it holds.
 */
const RUBY_BINARY = { tag: '!binary', resolve: (base64: string) => Buffer.from(base64.replace(/\s+/g, ''), 'base64').toString('utf8') };

function readYaml(source: string, startLine: number): BlockFields {
  const counter = new LineCounter();
  // The core schema keeps `2024-02-30` a string: YAML 1.1 timestamps would roll it over silently.
  const doc = parseDocument(source, { schema: 'core', customTags: [RUBY_BINARY], lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => startLine + (offset === undefined ? 0 : counter.linePos(offset).line - 1);
  const lines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  if (doc.errors.length > 0 && /^ *\t/m.test(source)) {
    // Tabs as indentation, which YAML forbids: Hexo turns them into spaces before it reads the block.
    const spaced = readYaml(source.replace(/^[ \t]+/gm, (indent) => indent.replace(/\t/g, '  ')), startLine);
    if (spaced.problems.length === 0) return spaced;
  }
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
// Zola's table of tags and other taxonomies (`liftTaxonomies`).
const TAXONOMIES = 'taxonomies';
const TOML_TABLE = /^\s*\[\[?\s*(?:"([^"]+)"|([A-Za-z0-9_-]+))/;

function readToml(source: string, startLine: number): BlockFields {
  const lines = new Map<string, number>();
  const offsets = new Map<string, number>();
  let table: string | undefined;
  let offset = 0;
  source.split('\n').forEach((text, index) => {
    const lineOffset = offset;
    offset += text.length + 1;
    const opened = TOML_TABLE.exec(text);
    if (opened) {
      table = opened[1] ?? opened[2] ?? '';
      if (!lines.has(table)) lines.set(table, startLine + index);
      return;
    }
    // Zola's `[taxonomies]` keys are lifted to the top level (`liftTaxonomies`): their lines are fields' lines.
    const key = table === undefined || table === TAXONOMIES ? TOML_KEY.exec(text) : null;
    if (!key) return;
    const name = key[1] ?? key[2] ?? key[3] ?? '';
    lines.set(name, startLine + index);
    offsets.set(name, lineOffset + key[0].length);
  });
  try {
    const data = plain(parseToml(source)) as Record<string, unknown>;
    const taxonomies = data[TAXONOMIES];
    const listed = taxonomies !== null && typeof taxonomies === 'object' && !Array.isArray(taxonomies) ? { ...data, ...taxonomies } : data;
    return { data, lines, itemLines: listEntryLines(source, listed, offsets, startLine), problems: [] };
  } catch (error) {
    const line = error instanceof TomlError ? startLine + error.line - 1 : startLine;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.replace(/^Invalid TOML document: /, '') ?? '';
    return { data: {}, lines, itemLines: new Map(), problems: [{ line, message: `Invalid TOML frontmatter: ${message}`, fix: 'Quote text values (`title = "My post"`) and check the brackets of lists.' }] };
  }
}

/**
 * JSON (Hugo): JSON.parse gives the values; jsonc-parser's tree gives the line of each key and of
 * each entry of a top-level list. `source` is the text between the `{` and `}` lines.
 */
function readJson(source: string, startLine: number): BlockFields {
  const text = `{\n${source}\n}`;
  const lineOf = (offset: number) => lineAtOffset(text, offset, startLine - 1);
  const lines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    return {
      data: {},
      lines,
      itemLines,
      problems: [{ line: position === undefined ? startLine : lineOf(Number(position)), message: `Invalid JSON frontmatter: ${message}`, fix: 'Quote every name and text value with "", separate fields with commas, and leave no comma after the last one.' }],
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, lines, itemLines, problems: [{ line: startLine, message: 'The JSON frontmatter is not an object of fields.', fix: 'Write fields as `"title": "My post"`.' }] };
  }
  for (const property of parseTree(text)?.children ?? []) {
    const [key, value] = property.children ?? [];
    if (typeof key?.value !== 'string') continue;
    lines.set(key.value, lineOf(key.offset));
    if (value?.type === 'array') itemLines.set(key.value, (value.children ?? []).map((item: JsonNode) => lineOf(item.offset)));
  }
  return { data: data as Record<string, unknown>, lines, itemLines, problems: [] };
}

// Pelican reads these as lists: split at `;` when the value has one (`Metaireau, Alexis; Doyle, Conan`), else at `,`.
const METADATA_LISTS = new Set(['tags', 'authors', 'keywords']);

/**
 * Pelican's `Key: value` lines. Keys are read in any case, as Pelican reads them (`Title`, `title`), and
 * given the schema's spelling (`coverAlt`); every value is text, lists are split as Pelican splits them.
 */
function readMetadata(source: string, startLine: number): BlockFields {
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const problems: FrontmatterProblem[] = [];
  let last: string | undefined;
  source.split('\n').forEach((text, index) => {
    const key = METADATA_KEY.exec(text);
    if (!key) {
      const more = METADATA_MORE.exec(text)?.[1];
      if (last !== undefined && more) data[last] = `${String(data[last] ?? '')}${data[last] ? '\n' : ''}${more}`;
      return;
    }
    const written = key[1] ?? '';
    const name = SCHEMA_SPELLINGS.get(written.toLowerCase()) ?? written.toLowerCase();
    if (Object.hasOwn(data, name)) {
      problems.push({ line: startLine + index, message: `\`${written}\` is written twice in the metadata lines.`, fix: 'Keep one of the two lines.' });
      return;
    }
    data[name] = key[2] ?? '';
    lines.set(name, startLine + index);
    last = name;
  });
  for (const [name, value] of Object.entries(data)) {
    // Pelican's one `author` is one name, commas and all (`Doyle, Conan`).
    if (name === 'author' && typeof value === 'string') data[name] = [value];
    if (!METADATA_LISTS.has(name) || typeof value !== 'string') continue;
    data[name] = value.split(value.includes(';') ? ';' : ',').map((entry) => entry.trim()).filter((entry) => entry !== '');
    itemLines.set(name, (data[name] as string[]).map(() => lines.get(name) ?? startLine));
  }
  return problems.length > 0 ? { data: {}, lines, itemLines: new Map(), problems } : { data, lines, itemLines, problems };
}

const READERS: Record<FrontmatterFormat, (source: string, startLine: number) => BlockFields> = {
  yaml: readYaml,
  toml: readToml,
  json: readJson,
  metadata: readMetadata,
  // Medium's export: the fields marked up in the HTML document around the body (lib/content/medium.ts).
  medium: (source, startLine) => ({ ...readMedium(source, startLine), itemLines: new Map(), problems: [] }),
  // Notion's export: the page's title line and its properties' lines (lib/content/notion.ts).
  notion: (source, startLine) => ({ ...readNotion(source, startLine, (line) => openingHeading(line)?.text), problems: [] }),
  // Substack's export: the fields are a row of posts.csv, beside the post's folder (readFrontmatter, lib/content/substack.ts).
  substack: () => ({ data: {}, lines: new Map(), itemLines: new Map(), problems: [] }),
  // A Next.js MDX post's `export const metadata = { … }` (lib/content/esm-metadata.ts).
  esm: readEsmMetadata,
};

/**
 * A key written in another case than the schema's (`showReadingTime`, `Title`) as the schema spells it:
 * Hugo reads its keys in any case. A key the schema spells so already, or whose spelling is taken, stays.
 */
function schemaCase(read: BlockFields): BlockFields {
  const renames = Object.keys(read.data).flatMap((key) => {
    const spelled = SCHEMA_SPELLINGS.get(key.toLowerCase());
    return spelled !== undefined && spelled !== key && !Object.hasOwn(read.data, spelled) ? [[key, spelled] as const] : [];
  });
  if (renames.length === 0) return read;
  const named = new Map<string, string>(renames);
  const rename = <T,>(map: Map<string, T>) => new Map([...map].map(([key, value]) => [named.get(key) ?? key, value] as const));
  return {
    ...read,
    data: Object.fromEntries(Object.entries(read.data).map(([key, value]) => [named.get(key) ?? key, value])),
    lines: rename(read.lines),
    itemLines: rename(read.itemLines),
  };
}

/**
 * Hugo's `[params]` table, where its docs put a page's own fields: each key the schema reads or knows
 * (`series`, `author`, `ShowToc`) is read as a field of its own (at the table's line), unless the block gives
 * it already; any other key stays in the table, which content:check then names.
 */
function liftParams(read: BlockFields): BlockFields {
  const { data, lines } = read;
  const table = data.params;
  if (table === null || typeof table !== 'object' || Array.isArray(table)) return read;
  const lifted: Record<string, unknown> = { ...data };
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(table)) {
    const name = SCHEMA_SPELLINGS.get(key.toLowerCase());
    if (name === undefined || Object.hasOwn(lifted, name)) {
      kept[key] = value;
      continue;
    }
    lifted[name] = value;
    lines.set(name, lines.get('params') ?? 1);
  }
  if (Object.keys(kept).length > 0) lifted.params = kept;
  else {
    delete lifted.params;
    lines.delete('params');
  }
  return { ...read, data: lifted };
}

/**
 * Zola writes tags, categories and its other taxonomies in a table (`[taxonomies]` then `tags = [...]`):
 * each becomes a field of its own, as the other engines write them (`categories` then merge into tags,
 * as everywhere; a taxonomy this site has no field for is an unknown field, named at its line). A name
 * given both at the top level and in the table keeps both lists.
 */
function liftTaxonomies(read: BlockFields): BlockFields {
  const { data, lines } = read;
  const table = data[TAXONOMIES];
  if (table === null || typeof table !== 'object' || Array.isArray(table)) return read;
  const lifted: Record<string, unknown> = { ...data };
  delete lifted[TAXONOMIES];
  for (const [name, value] of Object.entries(table)) {
    const before = lifted[name];
    lifted[name] = before === undefined ? value : [before, value].flat();
    if (!lines.has(name)) lines.set(name, lines.get(TAXONOMIES) ?? 1);
  }
  lines.delete(TAXONOMIES);
  return { ...read, data: lifted };
}

/**
 * MkDocs' blog writes `date:` as `{ created, updated }`: the post's date and its last change, each a field
 * of its own (at the line of `date`). A `date` with other keys stays as written, for content:check to name.
 */
function liftDates(read: BlockFields): BlockFields {
  const { data, lines } = read;
  const date = data.date;
  if (date === null || typeof date !== 'object' || Array.isArray(date)) return read;
  const { created, updated, ...others } = date as Record<string, unknown>;
  if (created === undefined || Object.keys(others).length > 0 || (updated !== undefined && Object.hasOwn(data, 'updated'))) return read;
  if (updated !== undefined) lines.set('updated', lines.get('date') ?? 1);
  return { ...read, data: { ...data, date: created, ...(updated === undefined ? {} : { updated }) } };
}

/** The fields of a block's text, as remark-frontmatter hands it over (`startLine`: its first line). */
export function readFrontmatterBlock(format: FrontmatterFormat, source: string, startLine = 2): BlockFields {
  return liftDates(liftTaxonomies(liftParams(schemaCase(READERS[format](source, startLine)))));
}

/**
 * Where a post's frontmatter block ends and its body starts, without reading the block (the content
 * step's parser needs only this); undefined when the file opens with none of `---`, `+++` or a `{` line.
 */
export function splitFrontmatter(text: string): { format: FrontmatterFormat; block: string; startLine: number; bodyLine: number; body: string; detached?: true } | undefined {
  const source = text.replace(/^\uFEFF/, '');
  // Hugo skips blank lines before the block (its release notes open with one).
  const leading = /^(?:[ \t]*\r?\n)+(?=---|\+\+\+|\{)/.exec(source)?.[0] ?? '';
  const skipped = leading === '' ? 0 : leading.split('\n').length - 1;
  const rest = source.slice(leading.length);
  for (const format of Object.keys(BLOCK) as (keyof typeof BLOCK)[]) {
    const match = BLOCK[format].exec(rest);
    if (match) return { format, block: match[1] ?? '', startLine: 2 + skipped, bodyLine: skipped + match[0].split('\n').length, body: rest.slice(match[0].length), ...(skipped > 0 ? { detached: true as const } : {}) };
  }
  const medium = mediumBody(source);
  if (medium) return { format: 'medium', block: source, startLine: 1, bodyLine: source.slice(0, medium.start).split('\n').length, body: medium.body };
  const notion = notionBlock(source);
  if (notion) return { format: 'notion', block: notion, startLine: 1, bodyLine: notion.split('\n').length, body: source.slice(notion.length) };
  const bare = bareYamlBlock(source);
  if (bare) return { format: 'yaml', block: bare.block, startLine: 1, bodyLine: bare.block.split('\n').length + 1, body: source.slice(bare.end), detached: true };
  const metadata = metadataBlock(source);
  return metadata === undefined ? undefined : { format: 'metadata', block: metadata, startLine: 1, bodyLine: metadata.split('\n').length, body: source.slice(metadata.length) };
}

/**
 * splitFrontmatter, and a post of Substack's export (by its name, `sourceFilePath`): no block, its body the
 * whole file with Substack's own parts blanked (lib/content/substack.ts).
 */
export function splitPostFile(text: string, sourceFilePath: string | undefined): ReturnType<typeof splitFrontmatter> {
  const split = splitFrontmatter(text);
  if (split || sourceFilePath === undefined) return split;
  // An `.mdx` post's `export const metadata = { … }` at its top, as Next.js' MDX pages write their fields.
  const esm = sourceFilePath.endsWith('.mdx') ? esmMetadataBlock(text.replace(/^\uFEFF/, '')) : undefined;
  if (esm) return { format: 'esm', ...esm };
  if (!SUBSTACK_POST.test(sourceFilePath)) return undefined;
  return { format: 'substack', block: '', startLine: 1, bodyLine: 1, body: substackBody(text) };
}

// A body's opening `# Heading` (ATX, optionally closed by `#`s).
const OPENING_H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * The title a body gives by opening with `# Title`, as plain text, with its line in the body (0-based):
 * MkDocs' blog, Docusaurus and Obsidian write no `title:` and take that heading. The page shows it as the
 * title, once (remarkSingleH1 in lib/markdown/remark-plugins.ts drops the heading).
 */
export function openingHeading(body: string): { text: string; index: number } | undefined {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  const heading = index === -1 ? undefined : OPENING_H1.exec(lines[index] ?? '')?.[1];
  if (!heading) return undefined;
  const text = heading
    // `# Title {#intro}`: the heading's id (lib/markdown/heading-ids.ts), not its text.
    .replace(HEADING_ATTRIBUTES, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .trim();
  return text ? { text, index } : undefined;
}

/**
 * A post's frontmatter and body, or undefined when the file opens with none of `---`, `+++` or a `{` line.
 * Without a `title`, a body that opens with `# Title` gives it (`titleFromHeading`, its line in `lines`).
 * `file`, the post's path on disk, lets a post of Substack's export read its row of posts.csv beside it.
 */
export function readFrontmatter(text: string, sourceFilePath?: string, file?: string): Frontmatter | undefined {
  const split = splitPostFile(text, sourceFilePath);
  if (!split) return sourceFilePath !== undefined && POST_FILE.test(sourceFilePath) ? withoutBlock(text, sourceFilePath) : undefined;
  if (split.format === 'substack') return substackPost(split.body, file);
  const { format, block, startLine, bodyLine, body } = split;
  const read = readFrontmatterBlock(format, block, startLine);
  const detached = split.detached ? { detached: true } : {};
  const heading = read.problems.length === 0 && !Object.hasOwn(read.data, 'title') ? openingHeading(body) : undefined;
  // An Obsidian note's name is its title: a name in words (`Tags.md`, `My note.md`), not a slug, gives one;
  // so does a Jekyll post's dated name (`2016-05-20-my-example-post.md` → "My Example Post"), as Jekyll titles it.
  const named = !heading && read.problems.length === 0 && !Object.hasOwn(read.data, 'title') && sourceFilePath !== undefined ? nameTitle(sourceFilePath) : undefined;
  if (named?.title && (named.inWords || named.dated)) {
    read.lines.set('title', startLine);
    return { format, startLine, bodyLine, body, ...read, ...detached, data: { ...read.data, title: named.title }, titleFromName: true };
  }
  if (!heading) return { format, startLine, bodyLine, body, ...read, ...detached };
  read.lines.set('title', bodyLine + heading.index);
  return { format, startLine, bodyLine, body, ...read, ...detached, data: { ...read.data, title: heading.text }, titleFromHeading: true };
}

/**
 * A post file's name as its title: a name in words as written (`My note`), a slug's words capitalised, as
 * Jekyll titles a post (`post-title` → `Post Title`). `inWords`: the name was words, not a slug; `dated`: it
 * opened with a Jekyll date.
 */
function nameTitle(sourceFilePath: string): { title: string; inWords: boolean; dated: boolean } {
  const name = fileNameOf(sourceFilePath);
  const dated = fileNameOf(sourceFilePath, { keepDate: true }) !== name;
  if (!SLUG.test(name)) return { title: name, inWords: true, dated };
  return { title: name.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' '), inWords: false, dated };
}

/**
 * A Markdown post file with no frontmatter block, read as Jekyll reads a post without one (and as
 * Obsidian's notes are): no fields but its title, which is its opening `# Heading`, else its file name
 * (`2020-08-12-post-title.md` → "Post Title", as Jekyll titles it; `My note.md` → "My note"). Its date is
 * then its file name's (lib/content/schema.ts `normaliseFields`). Only for a caller that names the file.
 */
/**
 * A post of Substack's export: its fields from its row of posts.csv when `file` (its path on disk) is given and
 * the row is there; none otherwise, for content:check to name.
 */
function substackPost(body: string, file: string | undefined): Frontmatter {
  const read = file === undefined ? undefined : readSubstack(file);
  const data = read?.data ?? {};
  return {
    format: 'substack',
    startLine: 1,
    bodyLine: 1,
    body,
    data,
    lines: new Map(Object.keys(data).map((key) => [key, 1])),
    itemLines: new Map(),
    problems: [],
    ...(read ? { substack: { row: read.row } } : {}),
  };
}

function withoutBlock(text: string, sourceFilePath: string): Frontmatter {
  const body = text.replace(/^\uFEFF/, '');
  const heading = openingHeading(body);
  const title = heading?.text ?? nameTitle(sourceFilePath).title;
  return {
    format: 'yaml',
    startLine: 1,
    bodyLine: 1,
    body,
    data: title ? { title } : {},
    lines: new Map([['title', 1 + (heading?.index ?? 0)]]),
    itemLines: new Map(),
    problems: [],
    noBlock: true,
    ...(heading ? { titleFromHeading: true } : {}),
  };
}

import { readDate } from './dates';

/*
 * A page of Notion's Markdown export (Export → Markdown & CSV), which has no frontmatter: its title is its
 * first line, `# Title`, and a database page's properties follow, after a blank line, one `Name: value`
 * line each (`Created: March 4, 2024 9:32 PM`, `Tags: Writing, Tools`, `Status: Draft`), then a blank line
 * and the page. lib/content/frontmatter.ts reads that block as the post's fields ("notion").
 */

// `Name: value`: a property's name as Notion writes it (words, `#`), never Markdown syntax (a list, a quote,
// a table, HTML, a link).
const PROPERTY = /^([^\s:>*+|`<![\]\-#\d][^:\n]{0,59}|#): ?(.*?)[ \t]*\r?$/;
const TITLE = /^# \S.*$/;
const MOST_LINES = 500;

/**
 * The properties' names (lower case) that make a page's block Notion's, one of them at least: its own
 * (`Created time`, `Last edited time`) or a date. A heading over `Tags:` or `Status:` lines alone is a body.
 */
const NOTION_NAMES = new Set(['created', 'created time', 'last edited time', 'last edited', 'created by', 'last edited by', 'date', 'published', 'publish date']);

/** Which of the site's fields a property gives, by its name in lower case: the first present of each wins. */
const FIELD_OF_PROPERTY: readonly [field: string, names: readonly string[]][] = [
  ['date', ['publish date', 'published date', 'date published', 'publication date', 'published on', 'date', 'published', 'posted', 'created', 'created time']],
  ['updated', ['last edited time', 'last edited', 'updated', 'last updated', 'modified']],
  ['tags', ['tags', 'tag', 'topics', 'keywords']],
  ['categories', ['category', 'categories']],
  ['summary', ['summary', 'excerpt']],
  ['description', ['description']],
  ['subtitle', ['subtitle']],
  ['slug', ['slug']],
  ['author', ['author', 'authors', 'written by', 'created by']],
];
const LIST_FIELDS = new Set(['tags', 'categories', 'author']);

/** A Status that says the page was not published yet; a `Published` checkbox of `No` says so too. */
const UNPUBLISHED = /^(?:draft|drafting|not started|in progress|idea|ideas|to ?do|backlog|writing|in review|review|planned|editing|scheduled)$/i;

/**
 * The block of a Notion page at the start of `source` (its title line, a blank line, its property lines and the
 * line break after them), or undefined: only when a property is one Notion writes (Created, Last edited time,
 * a date), so a post that opens with a heading and a line such as `Note: …` or `Status: Draft` is a body.
 */
export function notionBlock(source: string): string | undefined {
  if (!source.startsWith('# ')) return undefined;
  // A block is a page's properties, never a post's worth of lines.
  const lines = source.split('\n', MOST_LINES);
  if (!TITLE.test(lines[0] ?? '') || (lines[1] ?? '').trim() !== '') return undefined;
  let count = 2;
  while (count < lines.length && PROPERTY.test(lines[count] ?? '')) count++;
  if (count === 2 || count === MOST_LINES || (count < lines.length && (lines[count] ?? '').trim() !== '')) return undefined;
  const names = lines.slice(2, count).map((line) => PROPERTY.exec(line)?.[1]?.trim().toLowerCase() ?? '');
  if (!names.some((name) => NOTION_NAMES.has(name))) return undefined;
  return lines.slice(0, count).join('\n') + (count < lines.length ? '\n' : '');
}

// A relation's page after its name: `PowerShell (https://www.notion.so/PowerShell-506e…?pvs=21)`.
const RELATION_LINK = /\s*\(https:\/\/www\.notion\.so\/[^()\s]*\)/g;
// A date range's end: `March 4, 2024 → March 6, 2024`.
const RANGE_END = /\s*→.*$/;

/** A multi-select's values, `Writing, Tools`; `#writing #tools` (an Obsidian note's way) is two values too. */
const listOf = (value: string) =>
  value
    .split(/\s*,\s*/)
    .flatMap((item) => (/^#\S+(?:\s+#\S+)*$/.test(item) ? item.split(/\s+/).map((tag) => tag.slice(1)) : [item]))
    .filter((item) => item !== '');

/**
 * The fields of a Notion page's block (`notionBlock`): `title` from its heading (as `titleOf` reads one), and
 * each property the site has a field for; `unread`, the properties it has none for, for content:check's note.
 */
export function readNotion(block: string, startLine: number, titleOf: (line: string) => string | undefined): { data: Record<string, unknown>; lines: Map<string, number>; itemLines: Map<string, number[]>; unread: string[] } {
  const [heading = '', , ...properties] = block.replace(/\n$/, '').split('\n');
  const data: Record<string, unknown> = {};
  const lines = new Map<string, number>();
  const itemLines = new Map<string, number[]>();
  const title = titleOf(heading);
  if (title) {
    data.title = title;
    lines.set('title', startLine);
  }
  const found = new Map<string, { value: string; line: number; name: string }>();
  properties.forEach((text, index) => {
    const [, name = '', value = ''] = PROPERTY.exec(text) ?? [];
    if (!found.has(name.trim().toLowerCase())) found.set(name.trim().toLowerCase(), { value: value.trim(), line: startLine + 2 + index, name: name.trim() });
  });
  const used = new Set<string>();
  for (const [field, names] of FIELD_OF_PROPERTY) {
    for (const name of names) {
      const property = found.get(name);
      if (!property || property.value === '') continue;
      const value = property.value.replace(RELATION_LINK, '');
      // A date the site reads (Notion's own `March 4, 2024 9:32 PM`, or ISO); `Published` may be a checkbox instead.
      if ((field === 'date' || field === 'updated') && readDate(value.replace(RANGE_END, '')) === undefined) continue;
      data[field] = field === 'date' || field === 'updated' ? value.replace(RANGE_END, '') : LIST_FIELDS.has(field) ? listOf(value) : value;
      lines.set(field, property.line);
      if (Array.isArray(data[field])) itemLines.set(field, (data[field] as string[]).map(() => property.line));
      used.add(name);
      break;
    }
  }
  const status = found.get('status');
  const published = found.get('published');
  const unpublished = status && UNPUBLISHED.test(status.value) ? status : published && /^no$/i.test(published.value) ? published : undefined;
  if (unpublished) {
    data.draft = true;
    lines.set('draft', unpublished.line);
  }
  if (status) used.add('status');
  if (published && /^(?:yes|no)$/i.test(published.value)) used.add('published');
  const unread = [...found.entries()].filter(([name]) => !used.has(name)).map(([, property]) => property.name);
  return { data, lines, itemLines, unread };
}

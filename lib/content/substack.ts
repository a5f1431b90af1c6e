import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { blank } from '../text/blank';
import { SUBSTACK_CSV, SUBSTACK_POST } from './post-extensions.mjs';

/*
 * Substack's export: a `posts/` folder of `<id>.<slug>.html` files, each the body of a post and nothing
 * else, and beside it `posts.csv`, a row a post: `post_id` (`<id>.<slug>`, the file's name), `post_date`,
 * `is_published`, `type` (newsletter, podcast, thread, page), `audience` (everyone, only_paid, …),
 * `title`, `subtitle`, `podcast_url`. lib/content/frontmatter.ts reads a post's row as its frontmatter.
 */

export interface SubstackRow {
  /** The row's line in posts.csv */
  line: number;
  cells: Record<string, string>;
}

export interface SubstackExport {
  /** The rows by `post_id` */
  rows: Map<string, SubstackRow>;
  problems: { line: number; message: string; fix: string }[];
}

/** The columns a row must have to be read; the others Substack writes are noted by content:check. */
export const SUBSTACK_COLUMNS = ['post_id', 'post_date', 'is_published', 'title'] as const;

const read = new Map<string, { stamp: string; data: SubstackExport }>();

/** posts.csv's rows, read again only when the file changes (`npm run dev` reads it for every post). */
export function readSubstackCsv(csvFile: string): SubstackExport {
  const stat = fs.statSync(csvFile, { throwIfNoEntry: false });
  const stamp = stat ? `${stat.mtimeMs}:${stat.size}` : 'none';
  const known = read.get(csvFile);
  if (known?.stamp === stamp) return known.data;
  const data = stat ? parseSubstackCsv(fs.readFileSync(csvFile, 'utf8')) : { rows: new Map(), problems: [] };
  read.set(csvFile, { stamp, data });
  return data;
}

/** posts.csv's text as rows by `post_id`, with a problem for what cannot be read (and its line). */
export function parseSubstackCsv(text: string): SubstackExport {
  const rows = new Map<string, SubstackRow>();
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: true }) as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    return { rows, problems: [{ line, message: `Substack's ${SUBSTACK_CSV} cannot be read: ${(error as Error).message}.`, fix: `Use the ${SUBSTACK_CSV} of Substack's export as it came, or mend the quotes on that line.` }] };
  }
  const problems: SubstackExport['problems'] = [];
  const missing = SUBSTACK_COLUMNS.filter((column) => records.length > 0 && !Object.hasOwn(records[0]?.record ?? {}, column));
  if (missing.length > 0) {
    return { rows, problems: [{ line: 1, message: `Substack's ${SUBSTACK_CSV} has no ${missing.map((column) => `\`${column}\``).join(', ')} column: its posts cannot be read.`, fix: `Use the ${SUBSTACK_CSV} of Substack's export as it came (its first line names ${SUBSTACK_COLUMNS.join(', ')}).` }] };
  }
  for (const { record, info } of records) {
    const id = record.post_id ?? '';
    if (rows.has(id)) problems.push({ line: info.lines, message: `\`${id}\` has a second row in ${SUBSTACK_CSV} (the first is on line ${rows.get(id)?.line}).`, fix: 'Remove one of the two rows.' });
    else rows.set(id, { line: info.lines, cells: record });
  }
  return { rows, problems };
}

/** posts.csv of the export a post file belongs to: beside its `posts/` folder. */
export const substackCsvOf = (postFile: string) => path.join(path.dirname(postFile), '..', SUBSTACK_CSV);

/** The `post_id` a post file's name gives (`123.my-post.html` → `123.my-post`), or undefined for any other file. */
export function substackIdOf(file: string): string | undefined {
  const match = SUBSTACK_POST.exec(file);
  return match ? `${match[1]}.${match[2]}` : undefined;
}

const SUBSTACK_OWN = /[?&;]action=share|[?&;]gift=true|\/subscribe(?:[/?#]|$)|\/comments?(?:[/?#]|$)|\/account(?:[/?#]|$)/;

// How far a Substack block may reach: its own markup, never a post's worth of text.
const ELEMENT_LIMIT = 50_000;

/**
 * Where the <div> opened at `start` ends (after its matching `</div>`, counting the <div>s inside), or -1
 * when it does not end within ELEMENT_LIMIT characters.
 */
function divEnd(html: string, start: number): number {
  const tags = /<(\/?)div\b[^<>]{0,5000}>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match && match.index < start + ELEMENT_LIMIT; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return -1;
}

/** `html` with each <div> that `opening` (global) opens blanked whole; one that does not end stays, for content:check to name. */
function blankElements(html: string, opening: RegExp): string {
  let result = html;
  opening.lastIndex = 0;
  for (let match = opening.exec(result); match; match = opening.exec(result)) {
    const end = divEnd(result, match.index);
    if (end < 0) {
      // The next search starts past the text scanned, so a file of unclosed openings is read once.
      opening.lastIndex = match.index + ELEMENT_LIMIT;
      continue;
    }
    result = result.slice(0, match.index) + blank(result.slice(match.index, end)) + result.slice(end);
    opening.lastIndex = end;
  }
  return result;
}

/**
 * A Substack post's body as the site reads it, its length and lines kept: what is Substack's own is blanked (its subscribe
 * forms; its subscribe, share and comment buttons; the paywall's mark; its bookkeeping attributes; an image's
 * link to its full size on Substack's CDN, its CDN sizes and its zoom buttons; a heading's copy-link button);
 * a footnote's number stays, as a superscript linked to its note, its note a paragraph under the text
 * linked back.
 */
export function substackBody(text: string): string {
  let body = text.replace(/^\uFEFF/, '');
  const replace = (pattern: RegExp, to: (match: string, ...groups: string[]) => string) => {
    body = body.replace(pattern, (match: string, ...rest: unknown[]) => {
      // The groups come before the match's offset and the whole text; a group that did not take part is ''.
      const made = to(match, ...rest.slice(0, -2).map((group) => (typeof group === 'string' ? group : '')));
      // As long as the text replaced, and as many lines: the rest of the file keeps its offsets and line numbers.
      const lost = match.split('\n').length - made.split('\n').length;
      const pad = match.length - made.length - Math.max(lost, 0);
      if (lost < 0 || pad < 0) return match;
      // Inside the first tag, where no reader sees a space (between words it would show).
      const end = made.startsWith('<') ? made.indexOf('>') : -1;
      const filler = '\n'.repeat(lost) + ' '.repeat(pad);
      return end > 0 ? made.slice(0, end) + filler + made.slice(end) : made + filler;
    });
  };
  // Whole <div>s of Substack's own: the subscribe form, its caption and fields (a form on Substack, nothing a
  // reader of this site can use); an image's zoom and restack buttons; a heading's copy-link button (the
  // site's headings have their own links).
  for (const opening of [/<div class="subscription-widget-wrap[^"]{0,100}"[^>]{0,2000}>/g, /<div class="image-link-expand[^"]{0,100}"[^>]{0,500}>/g, /<div class="[^"]{0,300}\bheader-anchor-parent\b[^"]{0,300}"[^>]{0,500}>/g]) {
    body = blankElements(body, opening);
  }
  // Substack's own buttons (subscribe, share, gift, comments); a button to elsewhere is a link.
  replace(/<p class="button-wrapper"[^>]{0,2000}>\s*<a class="button[^"]{0,100}" href="([^"]{0,2000})"[^>]{0,500}>\s*<span>([^<]{0,500})<\/span>\s*<\/a>\s*<\/p>/g, (match, href = '', label = '') =>
    SUBSTACK_OWN.test(href) ? blank(match) : `<p><a href="${href}">${label}</a></p>`,
  );
  replace(/<div class="paywall-jump"[^>]{0,500}>\s*<\/div>/g, blank);
  // A captioned image: the image and its caption, without the link to its full size on the CDN and the zoom icon.
  replace(/<a class="image-link[^"]{0,100}"[^>]{0,3000}>([\s\S]{0,20000}?)<\/a>(?=\s*(?:<figcaption|<\/figure>))/g, (_, image = '') => image);
  replace(/<source\b[^>]{0,5000}>|<\/?picture>/g, blank);
  // Substack's bookkeeping on its elements, and the sizes its CDN serves (the site makes its own).
  replace(/<[a-z][^<>]{0,5000}>/gi, (tag) => tag.replace(/\s(?:data-[\w-]+|target|rel|contenteditable|id|srcset|sizes|loading)="[^"]*"/g, blank));
  // Footnotes: Substack's number, a superscript linked both ways by its anchors, as Substack named them
  // (the site keeps an author's anchors: lib/markdown/html.ts).
  replace(/<a class="footnote-anchor"[^>]{0,500}>(\d{1,4})<\/a>/g, (_, number = '') => `<sup><a href="#footnote-${number}" id="footnote-anchor-${number}">${number}</a></sup>`);
  replace(
    /<a [^>]{0,500}class="footnote-number"[^>]{0,500}>(\d{1,4})<\/a>\s*<div class="footnote-content">(\s*<p>)?/g,
    (_, number = '', paragraph = '') => `<div class="footnote-content">${paragraph}<sup><a href="#footnote-anchor-${number}" id="footnote-${number}">${number}</a></sup> `,
  );
  return body;
}

/** Whether a row's cell says yes, as Substack writes it (`true`, `TRUE`). */
const yes = (cell: string | undefined) => cell?.trim().toLowerCase() === 'true';

/**
 * A Substack post's fields, from its row in posts.csv: `title`, `subtitle`, `date` (`post_date`; a draft
 * without one is dated by its file's last change) and `draft` (`is_published` false). Undefined when the
 * export has no row for it; `row` for content:check's notes.
 */
export function readSubstack(postFile: string): { data: Record<string, unknown>; row: SubstackRow } | undefined {
  const id = substackIdOf(postFile);
  const row = id === undefined ? undefined : readSubstackCsv(substackCsvOf(postFile)).rows.get(id);
  if (!row) return undefined;
  const { title = '', subtitle = '', post_date: date = '' } = row.cells;
  const data: Record<string, unknown> = {};
  if (title.trim()) data.title = title.trim();
  if (subtitle.trim()) data.subtitle = subtitle.trim();
  const draft = !yes(row.cells.is_published);
  if (date.trim()) data.date = date.trim();
  else if (draft) data.date = fs.statSync(postFile).mtime.toISOString();
  if (draft) data.draft = true;
  return { data, row };
}

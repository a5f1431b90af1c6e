/**
 * kramdown's tables (Jekyll's Markdown), rewritten as GFM tables before a `.md` body is parsed. kramdown
 * draws rules with separator lines: one above the header (`|---`), one under it that may be short
 * (`|-|-` for three columns) or drawn with `+`, more between groups of rows, and `|===` before the footer.
 * GFM reads none of that: such a table was published as a paragraph of pipes and dashes.
 */

/** A table line: a pipe first, at most three spaces in (four make code). */
const ROW = /^ {0,3}\|/;
/** A separator line: `|---`, `|:-:|--:|`, `|-----+-----|`, `|===`. */
const SEPARATOR = /^ {0,3}\|[ \t]*[-=:+][-=:+| \t]*$/;
/** A GFM delimiter row as micromark accepts it (no `+`, no `=`). */
const DELIMITER = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** The longest block of table lines read at once: longer blocks are left as written. */
const MAX_ROWS = 5000;

/** The cells of a row: pipes not escaped, the outer ones not counted. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/);
}

function isSeparator(line: string): boolean {
  return SEPARATOR.test(line) && /[-=]/.test(line);
}

/** A separator's cells as GFM's alignment marks, `+` splitting cells as `|` does. */
function alignments(separator: string, columns: number): string[] {
  const marks = separator.trim().replace(/^\|/, '').replace(/\|$/, '').split(/[|+]/).map((cell) => cell.trim());
  return Array.from({ length: columns }, (_, at) => {
    const cell = marks[at] ?? '';
    const left = cell.startsWith(':');
    const right = cell.length > 1 && cell.endsWith(':');
    return left && right ? ':-:' : left ? ':--' : right ? '--:' : '---';
  });
}

/** A row with at least `columns` cells, so GFM drops none of the cells of a longer row under it. */
function padded(row: string, columns: number): string {
  const written = cells(row).length;
  const closed = /(?<!\\)\|\s*$/.test(row.trim()) && row.trim().length > 1 ? row.trimEnd() : `${row.trimEnd()} |`;
  return closed + ' |'.repeat(Math.max(0, columns - written));
}

export interface TableRewrite {
  /** The first and last lines rewritten (the block, or one line more: a headerless table needs a header) */
  start: number;
  end: number;
  lines: string[];
  note: string;
}

/**
 * The kramdown table whose first line is `index`, as GFM: the header (the rows above the first
 * separator under a row; none when there is no such separator) on top, the rule under it, every other row
 * in order. Separators drawn elsewhere go (the rows under one move up a line; the block keeps its length).
 * A table with no header gets an empty one, which the page leaves out (rehypeEmptyTableHeads). Undefined
 * when the block is no kramdown table, or GFM reads it as it is.
 */
export function kramdownTableAt(lines: readonly string[], index: number): TableRewrite | undefined {
  if (!ROW.test(lines[index] ?? '') || (index > 0 && ROW.test(lines[index - 1] ?? ''))) return undefined;
  let end = index;
  while (end + 1 < lines.length && ROW.test(lines[end + 1] ?? '') && end - index < MAX_ROWS) end++;
  const block = lines.slice(index, end + 1);
  const kinds = block.map((line) => (isSeparator(line) ? (line.includes('=') ? 'footer' : 'rule') : 'row'));
  if (!kinds.includes('rule') && !kinds.includes('footer')) return undefined;
  const rows = block.filter((_, at) => kinds[at] === 'row');
  if (rows.length === 0) return undefined;
  // GFM's own table: a header, its delimiter row with as many cells, and no separator below.
  const gfm = kinds[0] === 'row' && DELIMITER.test(block[1] ?? '') && cells(block[1] ?? '').length === cells(block[0] ?? '').length && !kinds.slice(2).some((kind) => kind !== 'row');
  if (gfm) return undefined;

  const firstRow = kinds.indexOf('row');
  const headerRule = kinds.findIndex((kind, at) => at > firstRow && kind !== 'row');
  const header = headerRule >= 0 && kinds[headerRule] === 'rule' ? block.slice(firstRow, headerRule) : [];
  const body = block.filter((_, at) => kinds[at] === 'row' && !(at < headerRule && header.length > 0));
  const columns = Math.max(...rows.map((row) => cells(row).length));
  const top = header[0] === undefined ? `|${' |'.repeat(columns)}` : padded(header[0], columns);
  const rule = `| ${alignments(header.length > 0 ? (block[headerRule] ?? '') : '', columns).join(' | ')} |`;
  const table = [top, rule, ...header.slice(1), ...body];
  const note = header.length > 0 ? "is a kramdown table, read as a GFM table: its header, then its rows; kramdown's other rule lines go" : 'is a kramdown table without a header row, read as a GFM table with none';

  let start = index;
  if (table.length > block.length) {
    // One line short (a headerless table's header): the blank line above, where a table may start (after a
    // paragraph or a heading, not where it would join a list item, a quote or an HTML block); else the blank
    // line below, when another blank line ends the table there.
    const above = lines[index - 2];
    const below = lines[end + 2];
    if (index > 0 && (lines[index - 1] ?? '').trim() === '' && (above === undefined || !/^(?: {0,3}(?:[-*+][ \t]|\d{1,9}[.)][ \t]|>|<)| {4}|\t)/.test(above))) start = index - 1;
    else if ((lines[end + 1] ?? '').trim() === '' && end + 1 < lines.length && (below === undefined || below.trim() === '')) end += 1;
    else return undefined;
  }
  const span = end - start + 1;
  return { start, end, lines: [...table, ...Array<string>(span - table.length).fill('')], note };
}

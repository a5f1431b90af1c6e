import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { selectAll } from 'hast-util-select';
import { convertEngineSyntax } from '../../../lib/markdown/engine-syntax';
import { renderTree } from '../../support/render';

async function tables(body: string): Promise<{ head: string[][]; rows: string[][]; align: (string | undefined)[]; text: string }[]> {
  const { html } = await renderTree(`---\ntitle: T\ndate: 2024-01-01\n---\n\n${body}\n`, 't.md', { images: false });
  const tree = fromHtml(html, { fragment: true });
  const cellsOf = (row: ReturnType<typeof selectAll>[number]) => selectAll('th, td', row).map((cell) => toString(cell).trim());
  return selectAll('table', tree).map((table) => ({
    head: selectAll('thead tr', table).map(cellsOf),
    rows: selectAll('tbody tr', table).map(cellsOf),
    align: selectAll('thead th', table).map((cell) => (typeof cell.properties.align === 'string' ? cell.properties.align : undefined)),
    text: toString(table),
  }));
}

// Minimal Mistakes' demo post (layout-header-video): a rule above the header, a short rule under it, one after.
const MINIMAL_MISTAKES = `## Settings

|---
| Parameter | Required | Description |
|-|-
| \`id\` | **Required** | ID of the video
| \`provider\` | **Required** | Hosting provider of the video
|---

After the table.`;

// TeXt's demo post: rules drawn with +, alignment under the header, groups of rows and a footer.
const TEXT_THEME = `|-----------------+------------+-----------------+----------------|
| Default aligned |Left aligned| Center aligned  | Right aligned  |
|-----------------|:-----------|:---------------:|---------------:|
| First body part |Second cell | Third cell      | fourth cell    |
| Second line     |foo         | **strong**      | baz            |
|-----------------+------------+-----------------+----------------|
| Second body     |            |                 |                |
|=================+============+=================+================|
| Footer row      |            |                 |                |
|-----------------+------------+-----------------+----------------|`;

describe('kramdown tables (Jekyll) are tables', () => {
  it('reads a table with a rule above its header and a short rule under it, every row and cell kept', async () => {
    const [table, ...others] = await tables(MINIMAL_MISTAKES);
    assert.equal(others.length, 0);
    assert.deepEqual(table?.head, [['Parameter', 'Required', 'Description']]);
    assert.deepEqual(table?.rows, [
      ['id', 'Required', 'ID of the video'],
      ['provider', 'Required', 'Hosting provider of the video'],
    ]);
    assert.doesNotMatch(table?.text ?? '', /---/);
  });

  it('reads alignment from the rule under the header, rules drawn with +, row groups and a footer as rows in order', async () => {
    const [table] = await tables(TEXT_THEME);
    assert.deepEqual(table?.head, [['Default aligned', 'Left aligned', 'Center aligned', 'Right aligned']]);
    assert.deepEqual(table?.align, [undefined, 'left', 'center', 'right']);
    assert.deepEqual(
      table?.rows.map((row) => row[0]),
      ['First body part', 'Second line', 'Second body', 'Footer row'],
    );
    assert.doesNotMatch(table?.text ?? '', /[-=+]{3}/);
  });

  it('shows a table without a header row with no header, and keeps the cells of a row longer than the header', async () => {
    const [headless, longer] = await tables('Text above.\n\n|---\n| a | b |\n| c | d |\n\nText below.\n\n|---\n| x | y\n|-\n| 1 | 2 | 3\n');
    assert.deepEqual(headless?.head, []);
    assert.deepEqual(headless?.rows, [
      ['a', 'b'],
      ['c', 'd'],
    ]);
    assert.deepEqual(longer?.head, [['x', 'y', '']]);
    assert.deepEqual(longer?.rows, [['1', '2', '3']]);
  });

  it('keeps every line at its number, and says what it read at the table’s first line', () => {
    const body = `Intro\n\n${MINIMAL_MISTAKES}\n\n[link](x.md)`;
    const converted = convertEngineSyntax(body);
    assert.equal(converted.text.split('\n').length, body.split('\n').length);
    assert.equal(converted.text.split('\n').at(-1), '[link](x.md)');
    const note = converted.conversions.find((conversion) => conversion.line === 5);
    assert.match(note?.note ?? '', /kramdown table/);
    // The headerless table's header takes the blank line above it.
    const headless = convertEngineSyntax('Text\n\n|---\n| a | b |\n\nEnd');
    assert.deepEqual(headless.text.split('\n'), ['Text', '| | |', '| --- | --- |', '| a | b |', '', 'End']);
  });

  it('leaves GFM tables, tables in code and lone pipes as they are', () => {
    for (const body of [
      '| a | b |\n|---|:-:|\n| 1 | 2 |',
      'a | b\n--- | ---\n1 | 2',
      '    |---\n    | a | b |\n    |---',
      '```\n|---\n| a | b |\n|-|-\n```',
      '| just a line with a pipe |',
    ]) {
      const converted = convertEngineSyntax(body);
      assert.equal(converted.text, body);
      assert.deepEqual(converted.conversions, []);
    }
  });

  it('leaves a headerless table as written where its header would join a list item', () => {
    const body = '- item\n\n|---\n| a | b |\nText right under it.';
    assert.equal(convertEngineSyntax(body).text, body);
  });

  it('drops a GFM header row with no text in it (a table written without a header)', async () => {
    const [table] = await tables('| | |\n|---|---|\n| 1 | 2 |');
    assert.deepEqual(table?.head, []);
    assert.deepEqual(table?.rows, [['1', '2']]);
    const [withImage] = await tables('| | ![a chart](chart.png) |\n|---|---|\n| 1 | 2 |');
    assert.equal(withImage?.head.length, 1);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFrontmatter, readFrontmatterBlock } from '../../../lib/content/frontmatter';
import { normaliseFields } from '../../../lib/content/schema';

describe('readFrontmatter', () => {
  it('reads Ruby’s `!binary` values (old jekyll-import: base64 of the text) as their text, lines kept', () => {
    const front = readFrontmatter('---\ntitle: !binary |-\n  5Yeg5L2V5YWz57O75LiO\n  5rua5Yqo\ntags:\n- !binary |-\n  5YmN56uv\n- plain\ndate: 2011-10-10\n---\n\nBody.\n');
    assert.deepEqual(front?.data, { title: '几何关系与滚动', tags: ['前端', 'plain'], date: '2011-10-10' });
    assert.deepEqual(front?.problems, []);
    assert.equal(front?.lines.get('date'), 9);
  });

  it('reads YAML between --- lines, with the line of every field and where the body starts', () => {
    const front = readFrontmatter('---\ntitle: "A"\ndate: 2024-02-30\ntags:\n  - x\n---\n\nBody.\n');
    assert.equal(front?.format, 'yaml');
    assert.deepEqual(front?.data, { title: 'A', date: '2024-02-30', tags: ['x'] });
    assert.deepEqual([...(front?.lines ?? [])], [['title', 2], ['date', 3], ['tags', 4]]);
    assert.equal(front?.bodyLine, 7);
    assert.equal(front?.body, '\nBody.\n');
  });

  it('reads Hugo TOML between +++ lines: dates as written, tables as objects, lines of keys and tables', () => {
    const front = readFrontmatter('+++\ntitle = "Rollups"\ndate = 2024-02-11T09:00:00+01:00\nlastmod = 2024-03-01\ntags = ["a", "b"]\ndraft = false\n\n[cover]\nimage = "c.png"\nalt = "Coins"\n+++\nText\n');
    assert.equal(front?.format, 'toml');
    assert.deepEqual(front?.data, {
      title: 'Rollups',
      date: '2024-02-11T09:00:00.000+01:00',
      lastmod: '2024-03-01',
      tags: ['a', 'b'],
      draft: false,
      cover: { image: 'c.png', alt: 'Coins' },
    });
    assert.equal(front?.lines.get('tags'), 5);
    assert.equal(front?.lines.get('cover'), 8);
    // `image` belongs to the [cover] table, not to the top level.
    assert.equal(front?.lines.has('image'), false);
    assert.equal(front?.bodyLine, 12);
  });

  it('gives each entry of a TOML list its own line, on one line or spread over several', () => {
    const front = readFrontmatter('+++\ntitle = "A"\ntags = ["a", "b"]\naliases = [\n  "/one",\n\n  "/two",\n]\nseries = ["S"]\n+++\nText\n');
    assert.deepEqual(front?.itemLines.get('tags'), [3, 3]);
    assert.deepEqual(front?.itemLines.get('aliases'), [5, 7]);
    assert.deepEqual(front?.itemLines.get('series'), [9]);
  });

  it('lifts Zola\'s [taxonomies] table to fields of their own, with their lines, beside a table it leaves', () => {
    const front = readFrontmatter('+++\ntitle = "A"\ndate = 2019-11-27\n\n[taxonomies]\ntags = ["rust", "ssg"]\ncategories = [\n  "Programming",\n]\n\n[extra]\ntoc = true\ntags = ["not lifted"]\n+++\nText\n');
    assert.deepEqual(front?.data, { title: 'A', date: '2019-11-27', tags: ['rust', 'ssg'], categories: ['Programming'], extra: { toc: true, tags: ['not lifted'] } });
    assert.deepEqual([...(front?.lines ?? [])], [['title', 2], ['date', 3], ['tags', 6], ['categories', 7], ['extra', 11]]);
    assert.deepEqual(front?.itemLines.get('tags'), [6, 6]);
    assert.deepEqual(front?.itemLines.get('categories'), [8]);
    // YAML (Zola reads it too): the lines are the table's; a name at both levels keeps both lists.
    const yaml = readFrontmatter('---\ntitle: A\ntags: [a]\ntaxonomies:\n  tags: [b]\n  series: [S]\n---\nText\n');
    assert.deepEqual(yaml?.data, { title: 'A', tags: ['a', 'b'], series: ['S'] });
    assert.equal(yaml?.lines.get('series'), 4);
  });

  it('takes the title of a post without one from its opening `# heading`, as plain text, at that line', () => {
    const front = readFrontmatter('---\ndate: 2023-12-31\n---\n\n# Hello **world**, [again](x.md)!\n\nText.\n# Not this\n');
    assert.equal(front?.data.title, 'Hello world, again!');
    assert.equal(front?.titleFromHeading, true);
    assert.equal(front?.lines.get('title'), 5);
    // A written title wins; a body that opens with anything else gives none; so does a broken block.
    assert.equal(readFrontmatter('---\ntitle: Mine\n---\n# Other\n')?.data.title, 'Mine');
    assert.equal(readFrontmatter('---\ntitle: Mine\n---\n# Other\n')?.titleFromHeading, undefined);
    assert.equal(readFrontmatter('---\ndate: 2024-01-01\n---\nText.\n\n# Later\n')?.data.title, undefined);
    assert.equal(readFrontmatter('---\ndate: 2024-01-01\n---\n## Second level\n')?.data.title, undefined);
    assert.deepEqual(readFrontmatter('---\ndate: [\n---\n# Title\n')?.data, {});
  });

  it('reads MkDocs’ `date: { created, updated }` as the date and the last change', () => {
    const front = readFrontmatter('---\ndate:\n  created: 2023-12-31\n  updated: 2024-01-02\npin: true\n---\n# T\n');
    assert.equal(front?.data.date, '2023-12-31');
    assert.equal(front?.data.updated, '2024-01-02');
    assert.equal(front?.lines.get('updated'), 2);
    assert.deepEqual(readFrontmatter('---\ndate:\n  created: 2023-12-31\n---\n# T\n')?.data.date, '2023-12-31');
    // Another key beside them stays as written, for content:check to name.
    assert.deepEqual(readFrontmatter('---\ndate:\n  created: 2023-12-31\n  published: 2024-01-01\n---\n# T\n')?.data.date, { created: '2023-12-31', published: '2024-01-01' });
  });

  it('reads Hugo JSON between a `{` line and a `}` line, with the line of every field and list entry', () => {
    const front = readFrontmatter('{\n  "title": "A",\n  "tags": [\n    "x",\n    "y"\n  ],\n  "cover": { "image": "c.png", "title": "inner" }\n}\n\nBody.\n');
    assert.equal(front?.format, 'json');
    assert.deepEqual(front?.data, { title: 'A', tags: ['x', 'y'], cover: { image: 'c.png', title: 'inner' } });
    assert.deepEqual([...(front?.lines ?? [])], [['title', 2], ['tags', 3], ['cover', 7]]);
    assert.deepEqual(front?.itemLines.get('tags'), [4, 5]);
    assert.equal(front?.bodyLine, 9);
    assert.equal(front?.body, '\nBody.\n');
    assert.deepEqual(readFrontmatterBlock('json', '  "title": "T"').data, { title: 'T' });
  });

  it('reports invalid JSON at its line, and a JSON value that is not an object', () => {
    const broken = readFrontmatter('{\n  "title": "A",\n  "date": 2024-01-01\n}\nText\n');
    assert.deepEqual(broken?.data, {});
    assert.equal(broken?.problems[0]?.line, 3);
    assert.match(broken?.problems[0]?.message ?? '', /^Invalid JSON frontmatter: /);
    assert.match(readFrontmatterBlock('json', '"a": 1,').problems[0]?.message ?? '', /^Invalid JSON frontmatter/);
    // A one-line object is not a block (remark-frontmatter would not see one either).
    assert.equal(readFrontmatter('{ "title": "A" }\nText\n'), undefined);
  });

  it('reports TOML syntax errors with the line in the file', () => {
    const front = readFrontmatter('+++\ntitle = "A"\ndate = \n+++\nText\n');
    assert.deepEqual(front?.data, {});
    assert.equal(front?.problems[0]?.line, 3);
    assert.match(front?.problems[0]?.message ?? '', /^Invalid TOML frontmatter: /);
  });

  it('reports YAML syntax errors and duplicate keys with their line', () => {
    assert.equal(readFrontmatter('---\ntitle: a: b\n---\nx')?.problems[0]?.line, 2);
    const duplicate = readFrontmatter('---\ntitle: A\ndate: 2024-01-01\ntitle: B\n---\nx');
    assert.equal(duplicate?.problems[0]?.line, 4);
  });

  it('refuses a block that is not fields', () => {
    assert.match(readFrontmatter('---\n- a\n- b\n---\nx')?.problems[0]?.message ?? '', /not a list of `field: value` lines/);
  });

  it('reads a file that starts with a byte-order mark, and nothing from a file without a block', () => {
    assert.equal(readFrontmatter('\uFEFF---\ntitle: A\n---\nx')?.data.title, 'A');
    assert.equal(readFrontmatter('Just text\n'), undefined);
    // A Markdown post's file without a block, named: Jekyll's post without front matter, Obsidian's note.
    const heading = readFrontmatter('\uFEFF# Post title 005\n\nText.\n', 'posts/2020-08-12-post-title.md');
    assert.deepEqual([heading?.data, heading?.noBlock, heading?.titleFromHeading, heading?.bodyLine, heading?.lines.get('title')], [{ title: 'Post title 005' }, true, true, 1, 1]);
    assert.deepEqual(readFrontmatter('Text.\n', 'posts/2020-08-12-post-title.md')?.data, { title: 'Post Title' });
    assert.deepEqual(readFrontmatter('Text.\n', 'posts/vault/My note.md')?.data, { title: 'My note' });
    assert.equal(readFrontmatter('<p>Text.</p>\n', 'posts/page.html'), undefined);
    assert.equal(readFrontmatter('+++ not a block\n'), undefined);
  });

  it('reads a block as remark-frontmatter hands it over', () => {
    assert.deepEqual(readFrontmatterBlock('toml', 'title = "T"').data, { title: 'T' });
    assert.deepEqual(readFrontmatterBlock('yaml', 'title: T').data, { title: 'T' });
  });
});

describe('blocks other engines accept', () => {
  it('reads Hugo’s block after blank lines, and Hexo’s without its opening `---`, lines kept; not Pelican’s lines', () => {
    const hugo = readFrontmatter('\n\n+++\ntitle = "Hugo 0.62.2"\ndate = 2020-01-05\n+++\n\nFixes.\n');
    assert.deepEqual([hugo?.data.title, hugo?.lines.get('date'), hugo?.bodyLine, hugo?.body, hugo?.detached], ['Hugo 0.62.2', 5, 7, '\nFixes.\n', true]);
    // Hexo: YAML from the first line to a `---` line, blank lines between its fields included.
    const hexo = readFrontmatter("title: '[LeetCode] Max'\nauthor: me\n\ntags:\n- LeetCode\ndate: 2020-05-01\n---\n\nBody.\n\n---\n\nMore.\n");
    assert.deepEqual([hexo?.data.title, hexo?.data.tags, hexo?.lines.get('date'), hexo?.itemLines.get('tags'), hexo?.bodyLine, hexo?.detached], ['[LeetCode] Max', ['LeetCode'], 6, [5], 8, true]);
    assert.equal(hexo?.body, '\nBody.\n\n---\n\nMore.\n');
    // Pelican’s lines, a blank line and a body with a rule: metadata, not a Hexo block.
    assert.equal(readFrontmatter('Title: P\nDate: 2020-01-01\n\nBody.\n\n---\n\nMore.\n')?.format, 'metadata');
    // Text that opens with a word and a colon, no title or date: no block.
    assert.equal(readFrontmatter('Note: this.\n---\nText.\n'), undefined);
  });
  it('reads tabs as indentation, as Hexo does, and keys in another case than the schema’s, as Hugo does', () => {
    const tabs = readFrontmatter('---\ntitle: T\ntags:\n\t- Writing\n\t- Sleep\n---\nBody\n');
    assert.deepEqual([tabs?.problems, tabs?.data.tags, tabs?.itemLines.get('tags')], [[], ['Writing', 'Sleep'], [4, 5]]);
    const cased = readFrontmatter('+++\nTitle = "T"\nshowReadingTime = true\nTags = ["a"]\n+++\n');
    assert.deepEqual([cased?.data, cased?.lines.get('tags')], [{ title: 'T', ShowReadingTime: true, tags: ['a'] }, 4]);
    // Hugo's `[params]`: the fields the schema knows are read from it; any other key stays in it.
    const params = readFrontmatter('+++\ntitle = "T"\n[params]\nseries = ["Guide"]\nShowToc = true\nmermaid = true\nshowHero = true\n+++\n');
    assert.deepEqual([params?.data, params?.lines.get('series')], [{ title: 'T', series: ['Guide'], ShowToc: true, mermaid: true, params: { showHero: true } }, 3]);
    assert.deepEqual(readFrontmatter('+++\ntitle = "T"\n[params]\nseries = ["Guide"]\n+++\n')?.data, { title: 'T', series: ['Guide'] });
    // A key the schema spells so already keeps the other spelling as written (content:check names it).
    assert.deepEqual(Object.keys(readFrontmatter('---\ntitle: a\nTitle: b\n---\n')?.data ?? {}), ['title', 'Title']);
  });
});

describe('Pelican’s metadata lines', () => {
  it('reads `Key: value` lines up to the first blank line: keys in any case, lists split as Pelican splits them', () => {
    const text = 'Title: My super title\nDate: 2010-12-03 10:20\nTags: thats, awesome\nAuthors: Metaireau, Alexis; Doyle, Conan\nCoverAlt: A chart\nSummary: Short version\n    for index and feeds\n\nThe body.\n';
    const front = readFrontmatter(text);
    assert.equal(front?.format, 'metadata');
    assert.deepEqual(front?.data, {
      title: 'My super title',
      date: '2010-12-03 10:20',
      tags: ['thats', 'awesome'],
      authors: ['Metaireau, Alexis', 'Doyle, Conan'],
      coverAlt: 'A chart',
      summary: 'Short version\nfor index and feeds',
    });
    assert.deepEqual([...(front?.lines ?? [])].map(([key, line]) => `${key}:${line}`), ['title:1', 'date:2', 'tags:3', 'authors:4', 'coverAlt:5', 'summary:6']);
    assert.equal(front?.startLine, 1);
    assert.equal(front?.bodyLine, 8);
    assert.equal(front?.body, '\nThe body.\n');
    // Each author a person, commas in names and all; Pelican's one `author` is one name.
    assert.deepEqual(normaliseFields(front?.data ?? {}, 'posts/a.md').author, [{ name: 'Metaireau, Alexis' }, { name: 'Doyle, Conan' }]);
    assert.deepEqual(normaliseFields(readFrontmatter('Title: A\nAuthor: Doyle, Conan\n\nText.\n')?.data ?? {}, 'posts/a.md').author, [{ name: 'Doyle, Conan' }]);
  });

  it('is a body, not metadata, when the lines name no title or date, or run on into text', () => {
    assert.equal(readFrontmatter('Note: this post has no frontmatter.\n\nText.\n'), undefined);
    assert.equal(readFrontmatter('Title: A\nand then a sentence.\n'), undefined);
    assert.equal(readFrontmatter('https://example.com\n\nText.\n'), undefined);
    assert.equal(readFrontmatter('Title: Only a title')?.format, 'metadata');
  });

  it('names a key written twice at its line', () => {
    const front = readFrontmatter('Title: A\nDate: 2024-01-01\ntitle: B\n\nText.\n');
    assert.deepEqual(front?.problems.map((problem) => [problem.line, problem.message]), [[3, '`title` is written twice in the metadata lines.']]);
  });
});

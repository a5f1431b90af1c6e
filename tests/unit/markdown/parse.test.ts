import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import v8 from 'node:v8';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { markdownFilesUnder } from '../../support/post-files';
import { JSON_MATTER, splitFrontmatter } from '../../../lib/content/frontmatter';
import { remarkDollarMath } from '../../../lib/markdown/math';
import { MARKDOWN_SYNTAX, parseBody, remarkParsePost, repairText } from '../../../lib/markdown/parse';
import { PARSED_STORE, PARSED_STORE_ENV, storedTreeFile } from '../../../lib/markdown/parsed-store';
import { textFacts } from '../../../lib/markdown/text-facts';

/** The syntax steps of lib/markdown/pipeline.ts, on a given parser. */
const treeOf = (parser: Plugin, document: string | VFile): Root => {
  const processor = unified().use(parser).use(remarkFrontmatter, ['yaml', 'toml', JSON_MATTER]).use(MARKDOWN_SYNTAX).use(remarkDollarMath);
  const file = typeof document === 'string' ? new VFile({ value: document }) : document;
  return processor.runSync(processor.parse(file), file) as Root;
};

describe('remarkParsePost: a post from its body tree', () => {
  const files = [...markdownFilesUnder(path.join('tests', 'fixtures')), ...markdownFilesUnder(path.join('content', 'posts'))];

  it('gives the tree, positions included, that parsing the whole file gives, its text repaired', () => {
    assert.ok(files.length > 20, `${files.length} files`);
    let rewritten = 0;
    for (const file of files) {
      const document = fs.readFileSync(file, 'utf8');
      // The file's value becomes the text parsed: another engine's template syntax rewritten, line for line.
      const source = new VFile({ value: document });
      const tree = treeOf(remarkParsePost, source);
      const parsed = String(source.value);
      assert.equal(parsed.split('\n').length, document.split('\n').length, file);
      if (parsed !== document) rewritten += 1;
      // Pelican's metadata lines (and Notion's title and property lines) are no Markdown: the whole file parsed with them blanked, then their node.
      const front = splitFrontmatter(document);
      if (front?.format !== 'metadata' && front?.format !== 'notion') {
        assert.deepEqual(tree, repairText(treeOf(remarkParse, parsed)), file);
        continue;
      }
      const [matter, ...body] = tree.children;
      assert.deepEqual([matter?.type, matter && 'value' in matter ? matter.value : undefined], [front.format, front.block], file);
      const offset = document.length - front.body.length;
      assert.deepEqual({ ...tree, children: body }, repairText(treeOf(remarkParse, parsed.slice(0, offset).replace(/[^\n]/g, ' ') + parsed.slice(offset))), file);
    }
    // The Jekyll and Hugo fixtures hold such syntax.
    assert.ok(rewritten >= 2, `${rewritten} files rewritten`);
  });

  it('repairs mojibake once, where the body is parsed: text, code, image and link titles', () => {
    const { tree } = parseBody('Scalability ğŸ”“ and `ğŸ”’`\n\n![A lock ğŸ”’](/a.png "ğŸ”“")\n');
    const texts: string[] = [];
    const walk = (node: { value?: unknown; alt?: unknown; title?: unknown; children?: unknown[] }) => {
      for (const field of [node.value, node.alt, node.title]) if (typeof field === 'string') texts.push(field);
      node.children?.forEach((child) => walk(child as typeof node));
    };
    walk(tree);
    assert.deepEqual(texts, ['Scalability 🔓 and ', '🔒', 'A lock 🔒', '🔓']);
  });

  it('reads GitHub’s emoji shortcodes as the emoji, in text only, each text node keeping its place', () => {
    const body = 'Shipped :rocket: at 10:30:00, :not_an_emoji: and `:smile:`.\n\n## Done :tada:\n';
    const { tree } = parseBody(body);
    const paragraph = tree.children[0];
    assert.equal(paragraph?.type, 'paragraph');
    const [text, code] = paragraph.type === 'paragraph' ? paragraph.children : [];
    assert.deepEqual([text?.type, text && 'value' in text ? text.value : ''], ['text', 'Shipped 🚀 at 10:30:00, :not_an_emoji: and ']);
    assert.deepEqual(text?.position?.start, { line: 1, column: 1, offset: 0 });
    assert.equal(code && 'value' in code ? code.value : '', ':smile:');
    const heading = tree.children[1];
    assert.equal(heading?.type === 'heading' && heading.children[0]?.type === 'text' ? heading.children[0].value : '', 'Done 🎉');
  });

  it('keeps the frontmatter node the plugins read, for YAML, TOML and JSON', () => {
    for (const [document, type] of [
      ['---\ntitle: A\n---\n\n# A\n\nText with $x$.\n', 'yaml'],
      ['+++\ntitle = "A"\n+++\nText.\n', 'toml'],
      ['{\n  "title": "A"\n}\n\nText.\n', 'json'],
    ] as const) {
      const tree = treeOf(remarkParsePost, document);
      assert.equal(tree.children[0]?.type, type);
      assert.deepEqual(tree, treeOf(remarkParse, document));
    }
  });

  it('parses the whole file when there is no body or a byte-order mark, and repairs it too', () => {
    for (const document of ['---\ntitle: A\n---\n', '\uFEFF---\ntitle: A\n---\nText.\n', 'No frontmatter.\n']) {
      assert.deepEqual(treeOf(remarkParsePost, document), treeOf(remarkParse, document));
    }
    const bom = treeOf(remarkParsePost, '\uFEFF---\ntitle: A\n---\nA lock ğŸ”’\n');
    assert.equal((bom.children[1] as { children: { value: string }[] }).children[0]?.value, 'A lock 🔒');
  });

  it('gives Pelican’s metadata lines a node of their own, with or without a body or a byte-order mark', () => {
    for (const document of ['Title: A\nDate: 2024-01-01\n\nText.\n', 'Title: A\n', '\uFEFFTitle: A\n\nText.\n']) {
      const tree = treeOf(remarkParsePost, document);
      assert.deepEqual(
        tree.children.map((node) => node.type),
        document.includes('Text') ? ['metadata', 'paragraph'] : ['metadata'],
        JSON.stringify(document),
      );
    }
  });
});

describe('parseBody: one parse per post per build', () => {
  const cwd = process.cwd();
  let root = '';
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'parsed-store-'));
    fs.mkdirSync(path.join(root, PARSED_STORE), { recursive: true });
    process.chdir(root);
    process.env[PARSED_STORE_ENV] = '1';
  });
  after(() => {
    delete process.env[PARSED_STORE_ENV];
    process.chdir(cwd);
    fs.rmSync(root, { recursive: true, force: true });
  });
  const syntax = () => unified().use(remarkParse).use(MARKDOWN_SYNTAX).use(remarkDollarMath);

  it('leaves the tree in the store for the next process, and each caller may change its own', () => {
    const body = 'A body that costs $5 and $10, with $x$.\n';
    const first = parseBody(body).tree;
    const expected = syntax().runSync(syntax().parse(body), body);
    assert.deepEqual(first, expected);
    // What another process reads: the file, not this process's memory.
    assert.deepEqual(v8.deserialize(fs.readFileSync(storedTreeFile(body))), expected);
    first.children = [];
    assert.deepEqual(parseBody(body).tree, expected);
  });

  it('is the tree the content step renders and counts: a stored tree is read, the body is not parsed again', async () => {
    const body = 'Written by the author.\n';
    // The tree content:check would have stored for this body, doctored so that reading it shows.
    const doctored = syntax().runSync(syntax().parse('Read from the store, not parsed.\n'));
    fs.writeFileSync(storedTreeFile(body), v8.serialize(doctored));
    const document = `---\ntitle: T\n---\n${body}`;
    const html = String(await unified().use(remarkParsePost).use(remarkFrontmatter).use(MARKDOWN_SYNTAX).use(remarkRehype).use(rehypeStringify).process(document));
    assert.match(html, /Read from the store, not parsed\./);
    assert.equal(textFacts(body).summary, 'Read from the store, not parsed.');
  });

  it('parses (and stores) a body the store does not hold', () => {
    const body = `Not stored yet ${process.pid}.\n`;
    assert.equal(fs.existsSync(storedTreeFile(body)), false);
    assert.equal(textFacts(body).summary, `Not stored yet ${process.pid}.`);
    assert.equal(fs.existsSync(storedTreeFile(body)), true);
  });

  it('reads no store outside a build: a store a crashed build left behind is ignored', () => {
    const body = `Left behind ${process.pid}.\n`;
    fs.writeFileSync(storedTreeFile(body), v8.serialize(syntax().runSync(syntax().parse('A stale tree.\n'))));
    delete process.env[PARSED_STORE_ENV];
    try {
      assert.equal(textFacts(body).summary, `Left behind ${process.pid}.`);
    } finally {
      process.env[PARSED_STORE_ENV] = '1';
    }
  });
});

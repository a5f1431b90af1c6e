import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFrontmatter, splitFrontmatter } from '../../../lib/content/frontmatter';
import { notionBlock } from '../../../lib/content/notion';
import { fileNameOf, normaliseFields } from '../../../lib/content/schema';
import { readDate } from '../../../lib/content/dates';
import { classifyPostFile } from '../../../lib/check/post-files';
import { convertEngineSyntax } from '../../../lib/markdown/engine-syntax';
import { checkPosts } from '../../../lib/check';

const PAGE = [
  '# Moving to a *static* site',
  '',
  'Created: March 4, 2024 9:32 PM',
  'Tags: Writing, Tools',
  'Category: Essays (https://www.notion.so/Essays-506e36a7b830465a95ab72189058c56f?pvs=21)',
  'Status: Published',
  'Last edited time: March 6, 2024 8:05 AM',
  '#: 12',
  'Reviewer: Ann',
  '',
  'I wrote every post in Notion.',
  '',
].join('\n');
const FILE = 'posts/notion/Blog 0f1e2d3c4b5a69788796a5b4c3d2e1f0/Moving to a static site 7c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5.md';

describe("Notion's Markdown export", () => {
  it('reads the title line and the property lines as the fields, each at its line; the body starts after them', () => {
    const front = readFrontmatter(PAGE, FILE);
    assert.equal(front?.format, 'notion');
    assert.equal(front?.body, '\nI wrote every post in Notion.\n');
    assert.equal(front?.bodyLine, 10);
    const fields = normaliseFields(front?.data ?? {}, FILE);
    assert.deepEqual([fields.title, fields.date, fields.updated, fields.tags, fields.draft, fields.slug], ['Moving to a static site', '2024-03-04T21:32:00.000Z', '2024-03-06T08:05:00.000Z', ['Writing', 'Tools', 'Essays'], false, 'moving-to-a-static-site']);
    assert.deepEqual([front?.lines.get('title'), front?.lines.get('date'), front?.lines.get('tags')], [1, 3, 4]);
    // Properties the site has no field for are named for content:check's note, never read as unknown fields.
    assert.deepEqual(front?.unread, ['#', 'Reviewer']);
  });

  it('reads a Status or a Published box of a page not yet published as a draft, and the first date it can read', () => {
    const draft = readFrontmatter('# Half an idea\n\nCreated: March 10, 2024 10:00 AM\nStatus: In progress\n\nNot yet.\n', 'posts/Half an idea aa1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5.md');
    assert.deepEqual([draft?.data.draft, draft?.lines.get('draft')], [true, 4]);
    const boxed = readFrontmatter('# Later\n\nPublished: No\nDate: March 12, 2024 → March 14, 2024\nCreated: March 10, 2024 10:00 AM\n\nText.\n', 'posts/later.md');
    assert.deepEqual([boxed?.data.draft, boxed?.data.date], [true, 'March 12, 2024']);
    assert.equal(readDate('March 12, 2024 12:30 AM'), '2024-03-12T00:30:00.000Z');
    assert.equal(readDate('March 12, 2024 13:30 PM'), undefined);
  });

  it('is no Notion page without a property Notion writes, nor with text right after the properties', () => {
    assert.equal(notionBlock('# Release notes\n\nNote: read this first.\n\nText.\n'), undefined);
    assert.equal(notionBlock('# Proposal\n\nStatus: Draft\nTags: a, b\n\nText.\n'), undefined);
    assert.deepEqual(readFrontmatter('# Note\n\nDate: 2024-03-04\nTags: #writing #tools\n\nText.\n')?.data.tags, ['writing', 'tools']);
    assert.equal(notionBlock('# Title\n\nCreated: March 4, 2024\nand a paragraph\n'), undefined);
    assert.equal(notionBlock('# Title\nCreated: March 4, 2024\n\nText.\n'), undefined);
    assert.equal(notionBlock('# Title\n\n- Tags: a list item\n\nText.\n'), undefined);
    assert.equal(splitFrontmatter('# Title\n\nCreated: March 4, 2024\nTags: a, b\n')?.body, '');
  });

  it('names a page by its title, without Notion’s id; its database’s table is no post', () => {
    assert.equal(fileNameOf(FILE), 'Moving to a static site');
    assert.equal(fileNameOf('posts/Notes 7c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5.html'), 'Notes 7c1d2e3f4a5b6c7d8e9fa0b1c2d3e4f5');
    assert.equal(classifyPostFile('Blog 0f1e2d3c4b5a69788796a5b4c3d2e1f0.csv').kind, 'notion');
    assert.equal(classifyPostFile('Blog 0f1e2d3c4b5a69788796a5b4c3d2e1f0_all.csv').kind, 'notion');
    assert.equal(classifyPostFile('data.csv').kind, 'ignored');
  });

  it('reads its callout, <aside> … </aside>, as a callout of its text', () => {
    const converted = convertEngineSyntax('Before.\n\n<aside>\n💡 Export the database as Markdown & CSV.\n\n</aside>\n\nAfter.\n');
    assert.equal(converted.text, 'Before.\n\n> [!note]\n> 💡 Export the database as Markdown & CSV.\n>\n\n\nAfter.\n');
    // An <aside> that does not end stays, for content:check to name.
    assert.equal(convertEngineSyntax('<aside>\nOpen.\n').text, '<aside>\nOpen.\n');
  });

  it('is an error in an .mdx post, whose compiler would show the lines as text', () => {
    const problems = checkPosts([{ path: 'content/posts/page.mdx', bytes: new TextEncoder().encode('# Page\n\nCreated: March 4, 2024 9:32 PM\n\nText.\n') }]);
    assert.match(problems.map((problem) => `${problem.line} ${problem.severity} ${problem.message}`).join('\n'), /^1 error An \.mdx post cannot have Notion’s title and property lines/m);
  });

  it('reads a megabyte of property-like lines in bounded time', { timeout: 60_000 }, () => {
    const started = Date.now();
    assert.equal(notionBlock(`# T\n\n${'Tags: a\n'.repeat(200_000)}`), undefined);
    assert.equal(notionBlock(`# T\n\n${'A'.repeat(1_000_000)}: b\n\nx`), undefined);
    assert.ok(Date.now() - started < 30_000);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { normaliseFields } from '../../../lib/content/schema';

const NEXT_POST = `export const metadata = {
  title: 'Fields as code',
  date: '2024-03-01',
  "description": \`No frontmatter\`,
  tags: ['next', 'mdx'],
  draft: false,
  weight: -2,
  updated: new Date('2024-03-02'),
}

# Fields as code

Text {1 + 1}.
`;

describe('a Next.js MDX post’s `export const metadata = { … }` (its fields as code)', () => {
  it('is the post’s frontmatter, each field with its line, and the body starts after it', () => {
    const front = readFrontmatter(NEXT_POST, 'posts/fields.mdx');
    assert.ok(front);
    assert.equal(front.format, 'esm');
    assert.deepEqual(front.problems, []);
    assert.deepEqual(front.data, { title: 'Fields as code', date: '2024-03-01', description: 'No frontmatter', tags: ['next', 'mdx'], draft: false, weight: -2, updated: '2024-03-02' });
    assert.deepEqual([...front.lines], [['title', 2], ['date', 3], ['description', 4], ['tags', 5], ['draft', 6], ['weight', 7], ['updated', 8]]);
    assert.deepEqual(front.itemLines.get('tags'), [5, 5]);
    assert.equal(front.bodyLine, 10);
    assert.match(front.body, /^\n# Fields as code\n/);
    const fields = normaliseFields(front.data, 'posts/fields.mdx');
    assert.deepEqual([fields.title, fields.tags], ['Fields as code', ['next', 'mdx']]);
    // `meta` (the pages router's blogs) and blank lines before it, too.
    assert.equal(readFrontmatter("\n\nexport const meta = { title: 'Old' }\n\nText.\n", 'posts/old.mdx')?.data.title, 'Old');
  });

  it('is read in an .mdx post only, at its top, and alone in its block; frontmatter wins', () => {
    assert.notEqual(readFrontmatter(NEXT_POST, 'posts/fields.md')?.format, 'esm');
    assert.notEqual(readFrontmatter(`Intro.\n\n${NEXT_POST}`, 'posts/fields.mdx')?.format, 'esm');
    assert.notEqual(readFrontmatter(`import A from 'a';\n${NEXT_POST}`, 'posts/fields.mdx')?.format, 'esm');
    assert.equal(readFrontmatter(`---\ntitle: YAML\n---\n\n${NEXT_POST}`, 'posts/fields.mdx')?.data.title, 'YAML');
  });

  it('names a field whose value is code, at its line, as content:check does, and passes the post otherwise', () => {
    const code = "export const meta = {\n  title: 'Tailwind',\n  date: '2021-05-01',\n  authors: [adamwathan],\n  image: cover,\n  ...more,\n}\n\nText.\n";
    const said = (text: string) => checkPosts([{ path: 'content/posts/a.mdx', bytes: new TextEncoder().encode(text) }]).filter((problem) => problem.severity === 'error').map((problem) => `${problem.line} ${problem.message}`);
    assert.deepEqual(said(code), [
      '4 `authors` of `export const` is a list with code in it, not a value written out: the site reads a post\'s fields without running its code.',
      '5 `image` of `export const` is a name of the code, not a value written out: the site reads a post\'s fields without running its code.',
      '6 A field of `export const` is a spread, not a value written out: the site reads a post\'s fields without running its code.',
    ]);
    assert.deepEqual(said(NEXT_POST), []);
  });
});

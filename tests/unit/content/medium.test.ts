import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { mediumBody, readMedium } from '../../../lib/content/medium';
import { fileNameOf, isPostFile, normaliseFields, slugOf } from '../../../lib/content/schema';

const folder = path.join(process.cwd(), 'tests', 'fixtures', 'engines', 'medium', 'posts');
const PUBLISHED = '2023-04-12_Why-I-moved-my-blog-3f2a9c1d7e4b.html';
const DRAFT = 'draft_Half-written-thoughts-9a8b7c6d5e4f.html';
const read = (name: string) => fs.readFileSync(path.join(folder, name), 'utf8');

describe('a post of Medium’s export (an HTML document without frontmatter)', () => {
  it('is a post, addressed by its words without Medium’s date and id', () => {
    assert.equal(isPostFile(PUBLISHED, () => read(PUBLISHED)), true);
    assert.equal(isPostFile('page.html', () => '<!DOCTYPE html><html><body><article class="h-entry"><p>No body section.</p></article></body></html>'), false);
    assert.equal(fileNameOf(`posts/medium/${PUBLISHED}`), 'Why-I-moved-my-blog');
    assert.equal(fileNameOf(`posts/medium/${DRAFT}`), 'Half-written-thoughts');
    assert.equal(slugOf(undefined, `posts/medium/${PUBLISHED}`), 'why-i-moved-my-blog');
    // A Markdown file of that shape of name keeps it.
    assert.equal(fileNameOf('posts/2023-04-12_notes-3f2a9c1d7e4b.md'), '2023-04-12_notes-3f2a9c1d7e4b');
  });

  it('reads its title, subtitle, author and date from the page, each at its line', () => {
    const text = read(PUBLISHED);
    const { data, lines } = readMedium(text, 1);
    assert.deepEqual(data, { title: 'Why I moved my blog', subtitle: 'Owning the words, and the addresses they live at.', author: { name: 'Mara Lindqvist', url: 'https://medium.com/@ledger-notes' }, date: '2023-04-12T08:30:00.000Z' });
    assert.equal(lines.get('title'), text.split('\n').findIndex((line) => line.includes('class="p-name"')) + 1);
    const fields = normaliseFields(data, `posts/${PUBLISHED}`);
    assert.deepEqual([fields.title, fields.date, fields.draft, fields.author.map((author) => author.name)], ['Why I moved my blog', '2023-04-12T08:30:00.000Z', false, ['Mara Lindqvist']]);
  });

  it('makes a draft (no date: Medium had not published it) a draft, dated by the export', () => {
    const fields = normaliseFields(readMedium(read(DRAFT), 1).data, `posts/${DRAFT}`);
    assert.deepEqual([fields.title, fields.date, fields.draft], ['Half-written thoughts', '2026-12-01T00:00:00.000Z', true]);
  });

  it('keeps its body in place, with its footer, repeated title and subtitle, first rule and Medium’s ids blanked', () => {
    const text = read(PUBLISHED);
    const body = mediumBody(text);
    assert.ok(body);
    assert.equal(text.slice(0, body.start).length + body.body.length, text.length);
    assert.equal(body.body.split('\n').length, text.slice(body.start).split('\n').length);
    assert.doesNotMatch(body.body, /graf--title|graf--subtitle|Exported from|Canonical link|p-author|name="|id="7d2e"|target="_blank"/);
    assert.match(body.body, /For six years I wrote on <a href="https:\/\/medium\.com" {2,}class/);
    assert.equal(body.body.match(/<hr class="section-divider">/g)?.length, 1, 'the second section’s rule stays');
    // A YouTube video Medium embedded through its media proxy: its player, named by the video its still shows.
    assert.match(body.body, /<iframe src="https:\/\/www\.youtube\.com\/embed\/dQw4w9WgXcQ" +allowfullscreen/);
    const front = readFrontmatter(text, `posts/${PUBLISHED}`);
    assert.deepEqual([front?.format, front?.body === body.body, front?.data.title], ['medium', true, 'Why I moved my blog']);
    // A Markdown post that shows Medium's markup (no frontmatter, a code block) is no export.
    const shown = `Medium's export looks so:\n\n\`\`\`html\n${text}\n\`\`\`\n`;
    assert.equal(mediumBody(shown), undefined);
    assert.notEqual(readFrontmatter(shown, 'posts/medium-markup.md')?.format, 'medium');
  });

  it('passes content:check with notes, and says a draft is one', () => {
    const problems = checkPosts([PUBLISHED, DRAFT].map((name) => ({ path: `content/posts/medium/${name}`, bytes: new TextEncoder().encode(read(name)) })));
    assert.deepEqual(problems.filter((problem) => problem.severity !== 'info'), []);
    assert.match(problems.map((problem) => problem.message).join('\n'), /A post of Medium’s export: its title, subtitle, author and date are read from the page/);
    assert.ok(problems.some((problem) => problem.file.endsWith(DRAFT) && /Medium had not published it/.test(problem.message)));
  });
});

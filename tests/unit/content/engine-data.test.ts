import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { classifyPostFile } from '../../../lib/check/post-files';
import { applyEngineData, engineDataFor, readEngineDataFile } from '../../../lib/content/engine-data';
import { normaliseFields } from '../../../lib/content/schema';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-data-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const DOCUSAURUS_AUTHORS = 'slorber:\n  name: Sébastien Lorber\n  title: Docusaurus maintainer\n  url: https://sebastienlorber.com\n  image_url: https://github.com/slorber.png\nyangshun:\n  name: Yangshun Tay\n';
const MKDOCS_AUTHORS = 'authors:\n  squidfunk:\n    name: Martin Donath\n    description: Creator\n    avatar: https://github.com/squidfunk.png\n';

describe('other engines’ data files (Docusaurus’ authors.yml and tags.yml, MkDocs’ .authors.yml)', () => {
  it('are data, neither posts nor unread files', () => {
    for (const name of ['authors.yml', 'authors.yaml', '.authors.yml', 'tags.yml']) assert.equal(classifyPostFile(name).kind, 'data', name);
    assert.equal(classifyPostFile('people.yml').kind, 'ignored');
  });

  it('reads authors in both shapes, their pictures with their lines, and tags, noting what the site does not show', () => {
    const docusaurus = readEngineDataFile('authors.yml', DOCUSAURUS_AUTHORS);
    assert.deepEqual(docusaurus.data.authors, { slorber: { name: 'Sébastien Lorber', url: 'https://sebastienlorber.com', picture: 'https://github.com/slorber.png' }, yangshun: { name: 'Yangshun Tay' } });
    assert.deepEqual(docusaurus.pictures, [{ url: 'https://github.com/slorber.png', line: 5 }]);
    assert.deepEqual(docusaurus.problems.map((problem) => `${problem.line} ${problem.severity} ${problem.message}`), ['1 info `title` of `slorber` is not shown here: the site shows an author’s name, link and picture.']);
    const mkdocs = readEngineDataFile('.authors.yml', MKDOCS_AUTHORS);
    assert.deepEqual(mkdocs.data.authors, { squidfunk: { name: 'Martin Donath', picture: 'https://github.com/squidfunk.png' } });
    assert.deepEqual(mkdocs.pictures, [{ url: 'https://github.com/squidfunk.png', line: 5 }]);
    assert.deepEqual(readEngineDataFile('tags.yml', 'facebook:\n  label: Facebook\n  permalink: /facebook\nhello:\n').data.tags, { facebook: 'Facebook', hello: 'hello' });
  });

  it('names a broken file, an author without a name and a tag that is no entry, by line', () => {
    assert.match(readEngineDataFile('authors.yml', 'a: [\n').problems[0]?.message ?? '', /^Invalid YAML in authors\.yml/);
    assert.deepEqual(readEngineDataFile('authors.yml', 'ok:\n  name: OK\nnameless:\n  url: https://x.example\n').problems.map((problem) => `${problem.line} ${problem.severity}`), ['3 error']);
    assert.deepEqual(readEngineDataFile('tags.yml', 'a: just text\n').problems.map((problem) => `${problem.line} ${problem.severity}`), ['1 error']);
    assert.deepEqual(readEngineDataFile('authors.yml', '- a\n- b\n').problems.map((problem) => problem.severity), ['error']);
  });

  it('gives a post the names and labels of the files in its folder and above, the nearest winning; the site’s own profiles stay', () => {
    const posts = path.join(dir, 'content', 'posts');
    fs.mkdirSync(path.join(posts, 'blog', 'deep'), { recursive: true });
    fs.writeFileSync(path.join(posts, 'authors.yml'), 'slorber:\n  name: Outer Name\nmara:\n  name: Not the site’s Mara\n');
    fs.writeFileSync(path.join(posts, 'blog', 'authors.yml'), DOCUSAURUS_AUTHORS);
    fs.writeFileSync(path.join(posts, 'blog', 'tags.yml'), 'hello:\n  label: Hello\n');
    const post = path.join(posts, 'blog', 'deep', 'welcome.md');
    const fields = normaliseFields({ title: 'T', date: '2024-01-01', authors: ['slorber', 'mara', 'Ada Lovelace'], tags: ['hello', 'other'] }, 'posts/blog/deep/welcome.md');
    const applied = applyEngineData(fields, engineDataFor(post, posts), { mara: { name: 'Mara Lindqvist' } });
    assert.deepEqual(applied.author, [{ name: 'Sébastien Lorber', url: 'https://sebastienlorber.com', picture: 'https://github.com/slorber.png' }, { name: 'mara' }, { name: 'Ada Lovelace' }]);
    assert.deepEqual(applied.tags, ['Hello', 'other']);
    // A file beside another folder does not apply.
    assert.deepEqual(engineDataFor(path.join(posts, 'elsewhere.md'), posts).tags, {});
  });

  it('finds a picture beside the data file from the post; one the post gives its author wins', () => {
    const posts = path.join(dir, 'pictures', 'content', 'posts');
    fs.mkdirSync(path.join(posts, 'blog', '2024-01-01-hello'), { recursive: true });
    fs.writeFileSync(path.join(posts, 'blog', 'authors.yml'), 'ann:\n  name: Ann\n  image_url: ./avatars/ann.png\nbob:\n  name: Bob\n  image_url: /img/bob.png\n');
    const post = path.join(posts, 'blog', '2024-01-01-hello', 'index.md');
    const data = engineDataFor(post, posts);
    assert.deepEqual([data.authors.ann?.picture, data.authors.bob?.picture], ['../avatars/ann.png', '/img/bob.png']);
    const fields = normaliseFields({ title: 'T', date: '2024-01-01', authors: ['ann', { key: 'bob', image_url: './own.png' }] }, 'posts/blog/2024-01-01-hello/index.md');
    assert.deepEqual(applyEngineData(fields, data).author, [{ name: 'Ann', picture: '../avatars/ann.png' }, { name: 'Bob', picture: './own.png' }]);
  });

  it('leaves out Eleventy’s collection tags (`posts`, `post`, `all`, `nav`) in a folder of its posts, and only there', () => {
    const posts = path.join(dir, 'eleventy', 'content', 'posts');
    fs.mkdirSync(path.join(posts, 'blog', '2018'), { recursive: true });
    const fields = normaliseFields({ title: 'T', date: '2018-05-01', tags: ['post', 'posts', 'second tag', 'Posts'] }, 'posts/blog/2018/first.md');
    // No Eleventy data yet: a tag as any.
    assert.deepEqual(applyEngineData(fields, engineDataFor(path.join(posts, 'blog', '2018', 'first.md'), posts)).tags, ['post', 'posts', 'second tag', 'Posts']);
    fs.writeFileSync(path.join(posts, 'blog', 'blog.11tydata.js'), 'export default { tags: ["posts"] };\n');
    const data = engineDataFor(path.join(posts, 'blog', '2018', 'first.md'), posts);
    assert.equal(data.eleventy, true);
    assert.deepEqual(applyEngineData(fields, data).tags, ['second tag', 'Posts']);
    assert.equal(engineDataFor(path.join(posts, 'elsewhere.md'), posts).eleventy, undefined);
  });

  it('takes Hugo Blox’s featured image beside a post written as its folder’s index.md as its cover, unless the post names one', () => {
    const posts = path.join(dir, 'blox');
    fs.mkdirSync(path.join(posts, 'post', 'my-post'), { recursive: true });
    fs.writeFileSync(path.join(posts, 'post', 'my-post', 'featured.jpg'), '');
    const raw = { title: 'A', date: '2019-07-12', image: { caption: 'Credit: me', alt_text: 'A chart', focal_point: 'Smart' } };
    const fields = normaliseFields(raw, 'posts/blox/post/my-post/index.md');
    // Its `image:` names no file: the caption and the alt text alone.
    assert.deepEqual([fields.cover, fields.coverCaption, fields.coverAlt], [undefined, 'Credit: me', 'A chart']);
    const data = engineDataFor(path.join(posts, 'post', 'my-post', 'index.md'), posts);
    assert.equal(data.featured, './featured.jpg');
    assert.equal(applyEngineData(fields, data).cover, './featured.jpg');
    assert.equal(applyEngineData({ ...fields, cover: './other.png' }, data).cover, './other.png');
    // A post beside it, not its folder's index.md, has no such cover.
    assert.equal(engineDataFor(path.join(posts, 'post', 'my-post', 'notes.md'), posts).featured, undefined);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ghostExportPosts, isGhostExport } from '../../../lib/content/ghost';
import { checkContent } from '../../../scripts/build/content-check';

const exported = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'ghost', 'my-blog.ghost.2024-05-01-10-00-00.json'), 'utf8')) as unknown;

describe('Ghost’s export of a site (one JSON file), written as a file a post', () => {
  it('writes each post’s HTML with Ghost’s own fields, its tags and authors in Ghost’s order, its images on the old site', () => {
    const { files, notes, problems } = ghostExportPosts(exported, { url: 'https://old.example/' });
    assert.deepEqual(files.map((file) => file.name), ['hello-from-ghost.html', 'notes-for-members.html', 'still-writing-this.html']);
    const hello = files[0]?.text ?? '';
    assert.equal(
      hello.slice(0, hello.indexOf('\n---\n') + 5),
      [
        '---',
        'title: "Hello from Ghost"',
        'slug: "hello-from-ghost"',
        'published_at: "2024-04-30T09:00:00.000Z"',
        'updated: "2024-05-01T09:00:00.000Z"',
        'custom_excerpt: "The first post, written in Ghost."',
        'feature_image: "https://old.example/content/images/2024/05/harbour.png"',
        'feature_image_alt: "The harbour at dusk"',
        'feature_image_caption: "Photo by <a href=\\"https://example.com/ann\\">Ann</a>"',
        // An internal tag (`#hidden-layout`) was no tag readers saw.
        'tags: ["Getting Started","Harbours"]',
        'authors: ["Ann Lee"]',
        '---',
        '',
      ].join('\n'),
    );
    assert.match(hello, /<img src="https:\/\/old\.example\/content\/images\/2024\/05\/harbour\.png" class="kg-image" alt="The harbour at dusk" width="1200" height="800">/);
    assert.doesNotMatch(hello, /__GHOST_URL__|srcset|sizes=|loading=|white-space/);
    // A link to another post of the export leads to it here; one to a page of the Ghost site, to that site.
    assert.match(hello, /<a href="\/posts\/notes-for-members#later">the members' notes<\/a> and <a href="https:\/\/old\.example\/about\/">the about page<\/a>/);
    assert.match(files[2]?.text ?? '', /\npublished_at: "2024-04-28T08:00:00\.000Z"\n[\s\S]*\ndraft: true\n---\n/, 'a draft, dated by its creation');
    assert.deepEqual(notes, [
      '“Notes for members” was for members only on Ghost: here every reader can read it.',
      '“Notes for members”: its code injection is left out (a post runs no scripts here).',
      '“About” is a page of the Ghost site, not a post: left out (the site\'s pages are its own).',
    ]);
    assert.deepEqual(problems, ['“Only in the editor” has no HTML in the export (Ghost wrote only its editor’s document): export it again from a current Ghost, or copy its text from the old site into a post.']);
  });

  it('tells Ghost’s export from other JSON', () => {
    assert.equal(isGhostExport(exported), true);
    assert.equal(isGhostExport({ posts: [] }), false);
    assert.deepEqual(ghostExportPosts({ db: [] }).problems, ['This is not Ghost’s export: it has no `db[0].data.posts`.']);
  });

  it('writes posts content:check passes, their images a copy of Ghost’s content/images folder in public/', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ghost-import-'));
    try {
      const out = path.join(root, 'content', 'posts', 'ghost');
      fs.mkdirSync(out, { recursive: true });
      for (const file of ghostExportPosts(exported).files) fs.writeFileSync(path.join(out, file.name), file.text);
      const images = path.join(root, 'public', 'content', 'images', '2024', '05');
      fs.mkdirSync(images, { recursive: true });
      fs.copyFileSync(path.join(import.meta.dirname, '..', '..', '..', 'public', 'images', 'fees-per-batch.png'), path.join(images, 'harbour.png'));
      const { files, problems } = checkContent(root);
      assert.equal(files, 3);
      // A link to the Ghost site's About page (a page, not imported) is a site path no page answers: named.
      assert.deepEqual(problems.filter((problem) => problem.severity !== 'info').map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.message}`), ['content/posts/ghost/hello-from-ghost.html:13 warning "/about/" leads to no page of this site: readers would get a 404.']);
      // Without the folder, each image is named.
      fs.rmSync(path.join(root, 'public', 'content'), { recursive: true });
      assert.ok(checkContent(root).problems.some((problem) => problem.severity === 'error' && /harbour\.png/.test(`${problem.message} ${problem.fix}`)));
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

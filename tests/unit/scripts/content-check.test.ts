import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { checkContent } from '../../../scripts/build/content-check';

/** A throwaway project (removed after the tests), and a function writing a file of it. */
function project(): { root: string; write: (file: string, text: string) => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-check-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  return {
    root,
    write: (file, text) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    },
  };
}

// One whose content/posts holds other engines' files beside a post.
const { root, write } = project();

describe('npm run content:check: the files other engines keep beside their posts', () => {
  it('checks section pages, folder settings and authors files with the posts, and counts only the posts', () => {
    write('content/posts/blog/a-post.md', '---\ntitle: A post\ndate: 2024-01-01\nauthors: [ada]\n---\n\nText.\n');
    write('content/posts/blog/_index.md', '+++\ntitle = "Blog"\nsort_by = "date"\n+++\n');
    write('content/posts/docs/_index.md', '---\ntitle: Docs\n---\n\nAn introduction no page shows.\n');
    write('content/posts/blog/blog.11tydata.js', 'export default { layout: "post" };\n');
    write('content/posts/blog/authors.yml', 'ada:\n  name: Ada Lovelace\n  image_url: https://example.com/ada.png\nnameless:\n  url: https://example.com\n');
    write('content/posts/blog/tags.yml', 'broken: [\n');
    const { files, problems } = checkContent(root);
    assert.equal(files, 1);
    assert.deepEqual(
      problems.map((problem) => `${problem.file}:${problem.line} ${problem.severity}`).sort(),
      [
        'content/posts/blog/_index.md:1 info',
        // Ada's picture, on another site: to download, as a post's images are (scripts/build/content-check.ts).
        'content/posts/blog/authors.yml:3 error',
        'content/posts/blog/authors.yml:4 error',
        'content/posts/blog/blog.11tydata.js:1 info',
        'content/posts/blog/tags.yml:2 error',
        'content/posts/docs/_index.md:5 error',
      ],
    );
    assert.deepEqual(problems.filter((problem) => problem.remote).map((problem) => `${problem.line} ${problem.remote}`), ['3 https://example.com/ada.png']);
  });

  it('reads no hidden folder (an Obsidian vault’s settings and deleted notes, a clone’s .git): each named once, none a post', () => {
    const { root: vault, write: put } = project();
    put('content/posts/notes/My note.md', '---\ntitle: My note\ndate: 2024-01-01\n---\n\nText.\n');
    // Deleted in Obsidian, with the same name: read as a post, it would take the note's address.
    put('content/posts/notes/.trash/My note.md', '---\ntitle: My note\ndate: 2023-01-01\n---\n\nOld.\n');
    put('content/posts/notes/.obsidian/app.json', '{}\n');
    put('content/posts/notes/.obsidian/plugins/x/data.json', '{}\n');
    put('content/posts/.git/HEAD', 'ref: refs/heads/main\n');
    // A dotfile beside the posts is no folder: MkDocs' authors file is still read.
    put('content/posts/notes/.authors.yml', 'authors:\n  ann:\n    name: Ann\n');
    const { files, problems } = checkContent(vault, { cache: false });
    assert.equal(files, 1);
    assert.deepEqual(
      problems.filter((problem) => problem.file.endsWith('/')).map((problem) => `${problem.file} ${problem.severity} ${problem.message}`),
      [
        'content/posts/.git/ info A hidden folder, Git’s history, is not published: its file is no post or image of the site.',
        'content/posts/notes/.obsidian/ info A hidden folder, an Obsidian vault’s settings, is not published: its 2 files are no posts or images of the site. Its notes show each line break as Obsidian does (its “Strict line breaks” is off).',
        'content/posts/notes/.trash/ info A hidden folder, the notes Obsidian deleted, is not published: its file is no post or image of the site.',
      ],
    );
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  });

  it('names a post’s file whose name starts with `_` as left out, and a link to it as a 404, with how to publish it', () => {
    const { root: other, write: put } = project();
    put('content/posts/_idea.md', '---\ntitle: An idea\ndate: 2024-01-01\n---\n\nNot yet.\n');
    put('content/posts/linker.md', '---\ntitle: Linker\ndate: 2024-01-02\n---\n\nSee [the idea](./_idea.md).\n');
    const { files, problems } = checkContent(other, { cache: false });
    assert.equal(files, 1);
    const shown = problems.map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.message} ${problem.fix}`);
    assert.equal(shown.length, 2, shown.join('\n'));
    assert.match(shown[0] ?? '', /^content\/posts\/_idea\.md:1 info Its name starts with `_`, so it is not published, as Astro, Jekyll, Docusaurus and Gatsby leave such a file out .* rename it idea\.md/);
    assert.match(shown[1] ?? '', /^content\/posts\/linker\.md:6 error "\.\/_idea\.md" links to content\/posts\/_idea\.md, which is not published \(its name starts with `_`\): readers would get a 404\. Rename it idea\.md to publish it/);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { classifyPostFile } from '../../../lib/check/post-files';
import { isReadBySite } from '../../../lib/content/post-extensions.mjs';
import { hiddenFolderOf, HTML_EXTENSIONS, MARKDOWN_EXTENSIONS, mayBePostFile, POST_FILE, SECTION_FILE, slugOf, UNDERSCORE_FILE, UNDERSCORE_GLOB } from '../../../lib/content/schema';

// contentlayer2 reads `.md` alone; patches/ teaches it the other engines' extensions, applied by
// `npm install` (postinstall). A list here that the installed package does not accept would fail the build.
// Where patch-package patches it (the package exports no path to its files).
const fetchData = path.resolve(__dirname, '..', '..', '..', 'node_modules', '@contentlayer2', 'source-files', 'dist', 'fetchData');

describe('the Markdown extensions of other engines', () => {
  it('the installed contentlayer2 finds, reads and accepts every extension the site calls a post', () => {
    const read = fs.readFileSync(path.join(fetchData, 'makeCacheItemFromFilePath.js'), 'utf8');
    const valid = /const validMarkdownExtensions = \[([^\]]*)\]/.exec(fs.readFileSync(path.join(fetchData, 'validateDocumentData.js'), 'utf8'))?.[1] ?? '';
    const found = /const filePathPattern = '\{,\*\*\/\}\*\.\{([^}]*)\}'/.exec(fs.readFileSync(path.join(fetchData, 'fetchAllDocuments.js'), 'utf8'))?.[1]?.split(',') ?? [];
    for (const extension of [...MARKDOWN_EXTENSIONS, ...HTML_EXTENSIONS]) {
      assert.ok(found.includes(extension), `contentlayer2 finds .${extension} files (is the patch applied? npm install)`);
      assert.match(read, new RegExp(`case '${extension}':`), `contentlayer2 parses .${extension} as Markdown (is the patch applied? npm install)`);
      assert.ok(valid.includes(`'${extension}'`), `contentlayer2 accepts .${extension} for a Markdown document`);
    }
  });

  it('every one is a post, with the slug of its name; upper case and .mdx stay as before', () => {
    for (const extension of MARKDOWN_EXTENSIONS) {
      assert.equal(classifyPostFile(`2023-08-14-welcome.${extension}`).kind, 'post', extension);
      assert.equal(slugOf(undefined, `posts/2023-08-14-welcome.${extension}`), 'welcome', extension);
    }
    assert.ok(POST_FILE.test('x.mdx'));
    // Section pages are never read as posts: contentlayer leaves out what the site calls a section.
    assert.ok(SECTION_FILE.test('posts/blog/_index.md') && SECTION_FILE.test('_index.markdown') && !SECTION_FILE.test('x_index.md'));
    assert.match(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'contentlayer.config.ts'), 'utf8'), /contentDirExclude: \[UNDERSCORE_GLOB, \.\.\.ENGINE_DATA_GLOBS, \.\.\.htmlFilesWithoutFrontmatter\(\)\]/);
    assert.ok(!POST_FILE.test('x.MARKDOWN') && !POST_FILE.test('x.md.txt') && !POST_FILE.test('x.markdownx'));
  });

  it('a post’s file named with `_` is left out and named, as Astro, Jekyll and Docusaurus leave it out; a folder named so is not', () => {
    for (const name of ['posts/_idea.md', 'posts/blog/_intro.mdx', '_notes.markdown', 'posts/_old.html', 'posts/_index.md']) {
      assert.ok(UNDERSCORE_FILE.test(name), name);
      // contentlayer's glob (extglob braces) over the same extensions: `posts/**/_*.{…}`.
      assert.ok(UNDERSCORE_GLOB.split('{')[1]?.includes(name.split('.').pop() ?? ''), `the glob has .${name.split('.').pop()}`);
    }
    for (const name of ['posts/x_y.md', 'posts/_drafts/idea.md', 'posts/_images/a.png', 'posts/a.md']) assert.ok(!UNDERSCORE_FILE.test(name), name);
    assert.equal(UNDERSCORE_GLOB.split('{')[0], 'posts/**/_*.');
    assert.equal(classifyPostFile('_idea.md').kind, 'unpublished');
    assert.equal(classifyPostFile('_index.md').kind, 'section');
    // An image or a data file named so is what it was.
    assert.equal(classifyPostFile('_cover.png').kind, 'asset');
    assert.equal(classifyPostFile('_demo.html', () => '<p>no frontmatter</p>').kind, 'ignored');
  });

  it('a hidden folder is the first folder of a path whose name starts with `.`; a dotfile is in none', () => {
    assert.equal(hiddenFolderOf('vault/.obsidian/plugins/x/data.json'), 'vault/.obsidian');
    assert.equal(hiddenFolderOf('.git/HEAD'), '.git');
    assert.equal(hiddenFolderOf('notes\\.trash\\a.md'), 'notes/.trash');
    for (const file of ['notes/.authors.yml', 'a/b.md', './a.md', '../posts/a.md']) assert.equal(hiddenFolderOf(file), undefined, file);
  });

  it('the site reads no file of a hidden folder but a vault’s settings, and may read as a post only a post’s or HTML name outside both', () => {
    for (const file of ['posts/a.md', 'posts/.authors.yml', 'posts/vault/.obsidian/app.json']) assert.ok(isReadBySite(file), file);
    for (const file of ['posts/vault/.obsidian/workspace.json', 'posts/vault/.trash/a.md', '.git/HEAD']) assert.ok(!isReadBySite(file), file);
    for (const file of ['posts/a.md', 'posts/2014-07-14-a.html', 'x/b.markdown']) assert.ok(mayBePostFile(file), file);
    for (const file of ['posts/_a.md', 'posts/_index.md', 'posts/vault/.trash/a.md', 'posts/a.png', 'posts/a.MD']) assert.ok(!mayBePostFile(file), file);
  });

  it('an .html or .htm file is a post when it opens with frontmatter, as in Jekyll, with the slug of its name', () => {
    const front = () => '---\ntitle: T\ndate: 2014-07-14\n---\n<p>Hi</p>\n';
    for (const name of ['2014-07-14-welcome.html', 'notes/welcome.htm']) {
      assert.equal(classifyPostFile(path.basename(name), front).kind, 'post', name);
      assert.equal(slugOf(undefined, `posts/${name}`), 'welcome', name);
    }
    assert.equal(classifyPostFile('x.html', () => '\uFEFF---\r\ntitle: T\r\n---\r\n').kind, 'post', 'a byte-order mark and CRLF');
    assert.equal(classifyPostFile('x.html', () => '+++\ntitle = "T"\n+++\n').kind, 'post', 'Hugo’s TOML');
    for (const text of ['<html><body>A demo</body></html>', '', '--- not frontmatter', 'title: T\n---\n']) {
      const kind = classifyPostFile('demo.html', () => text);
      assert.equal(kind.kind, 'ignored', JSON.stringify(text));
      assert.match(kind.kind === 'ignored' ? `${kind.message} ${kind.fix}` : '', /opens with frontmatter.*not built.*Add frontmatter/);
    }
    assert.equal(classifyPostFile('x.HTML', front).kind, 'ignored', 'upper case, as for Markdown');
  });
});

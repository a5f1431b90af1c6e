import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { classifyPostFile } from '../../../lib/check/post-files';
import { MARKDOWN_EXTENSIONS, POST_FILE, SECTION_FILE, slugOf } from '../../../lib/content/schema';

// contentlayer2 reads `.md` alone; patches/ teaches it the other engines' extensions, applied by
// `npm install` (postinstall). A list here that the installed package does not accept would fail the build.
// Where patch-package patches it (the package exports no path to its files).
const fetchData = path.resolve(__dirname, '..', '..', '..', 'node_modules', '@contentlayer2', 'source-files', 'dist', 'fetchData');

describe('the Markdown extensions of other engines', () => {
  it('the installed contentlayer2 finds, reads and accepts every extension the site calls a post', () => {
    const read = fs.readFileSync(path.join(fetchData, 'makeCacheItemFromFilePath.js'), 'utf8');
    const valid = /const validMarkdownExtensions = \[([^\]]*)\]/.exec(fs.readFileSync(path.join(fetchData, 'validateDocumentData.js'), 'utf8'))?.[1] ?? '';
    const found = /const filePathPattern = '\{,\*\*\/\}\*\.\{([^}]*)\}'/.exec(fs.readFileSync(path.join(fetchData, 'fetchAllDocuments.js'), 'utf8'))?.[1]?.split(',') ?? [];
    for (const extension of MARKDOWN_EXTENSIONS) {
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
    assert.match(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'contentlayer.config.ts'), 'utf8'), /contentDirExclude: \[SECTION_GLOB, \.\.\.ENGINE_DATA_GLOBS\]/);
    assert.ok(!POST_FILE.test('x.MARKDOWN') && !POST_FILE.test('x.md.txt') && !POST_FILE.test('x.markdownx'));
  });
});

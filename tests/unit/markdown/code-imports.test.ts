import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { VFile } from 'vfile';
import { checkPosts } from '../../../lib/check';
import { inlineCodeImports } from '../../../lib/markdown/code-imports';
import { parseBody } from '../../../lib/markdown/parse';
import { markdownProcessor } from '../../support/render';

// A VitePress site's folder copied into content/posts/: its pages in posts/, its snippets beside them.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'code-imports-'));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
write('content/posts/site/snippets/config.ts', "// #region options\nexport default {\n  base: '/blog/',\n};\n// #endregion options\nconst rest = 1;\n");
write('content/posts/site/posts/notes/hello.py', 'print("hello")\n');
write('secret.txt', 'not for posts\n');
after(() => fs.rmSync(root, { recursive: true, force: true }));
const postFile = path.join(root, 'content/posts/site/posts/notes/post.md');
const read = (body: string) => {
  const { tree } = parseBody(body);
  return { tree, ...inlineCodeImports(tree, postFile, path.join(root, 'content')) };
};

describe('VitePress’ code imports (lib/markdown/code-imports.ts)', () => {
  it('reads a file beside the post, or found from `@/` up the folders, a region of it, its lines, language, numbering and title', () => {
    const { tree, files, problems } = read('<<< ./hello.py\n\n<<< @/snippets/config.ts#options{2 js:line-numbers=5} [config.ts]\n<<< @/snippets/config.ts{ts}\n');
    assert.deepEqual(problems, []);
    assert.deepEqual(files.map((file) => path.relative(root, file)), ['content/posts/site/posts/notes/hello.py', 'content/posts/site/snippets/config.ts', 'content/posts/site/snippets/config.ts']);
    const codes = tree.children.map((node) => (node.type === 'code' ? [node.lang, node.meta, node.value, node.position?.start.line] : node.type));
    assert.deepEqual(codes, [
      ['py', '', 'print("hello")', 1],
      ['js', '{2} showLineNumbers{5} title="config.ts"', "export default {\n  base: '/blog/',\n};", 3],
      ['ts', '', "// #region options\nexport default {\n  base: '/blog/',\n};\n// #endregion options\nconst rest = 1;", 4],
    ]);
  });

  it('names at its line a file that is missing, outside content/, or without the region', () => {
    const { problems, tree } = read('Text.\n\n<<< ./missing.js\n\n<<< ../../../../../secret.txt\n\n<<< @/snippets/config.ts#other\n');
    assert.deepEqual(problems.map((problem) => [problem.line, /does not exist|outside content|does not mark/.exec(problem.message)?.[0]]), [[3, 'does not exist'], [5, 'outside content'], [7, 'does not mark']]);
    assert.equal(tree.children.filter((node) => node.type === 'code').length, 0, 'the lines stay as they are');
  });

  it('builds the code in the page, and content:check counts the file as read, not left over', async () => {
    const processor = markdownProcessor({ root, images: false });
    const file = new VFile({ value: '---\ntitle: T\n---\n\n<<< @/snippets/config.ts#options{2} [config.ts]\n', path: postFile, data: { rawDocumentData: { sourceFilePath: 'posts/site/posts/notes/post.md' } } });
    const html = String(await processor.process(file));
    assert.match(html, /<figcaption class="code-title">config\.ts<\/figcaption>[\s\S]*<span class="line highlighted">[\s\S]*base/);
    assert.doesNotMatch(html, /&#x3C;&#x3C;&#x3C;|#region/);
    const post = { path: 'content/posts/site/posts/notes/post.md', bytes: new TextEncoder().encode('---\ntitle: T\ndate: 2024-01-01\n---\n\n<<< @/snippets/config.ts\n\n<<< ./gone.js\n') };
    const problems = checkPosts([post], { root, otherFiles: ['content/posts/site/snippets/config.ts', 'content/posts/site/posts/notes/hello.py'] });
    assert.deepEqual(problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file}:${problem.line} ${problem.message.slice(0, 44)}`), [
      'content/posts/site/posts/notes/hello.py:1 This file is not a post (posts end in `.md`,',
      'content/posts/site/posts/notes/post.md:8 The code import `<<< ./gone.js` (VitePress) ',
    ]);
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { markdownFilesUnder } from '../../support/post-files';
import { extractToc, takeToc } from '../../../lib/markdown/toc';
import { renderPost } from '../../support/render';

describe('the contents the pipeline remembers', () => {
  it('are the contents read from the HTML it wrote, for every post of the fixtures and the seed site', async () => {
    let headings = 0;
    const seed = path.join('content', 'posts');
    for (const file of [...markdownFilesUnder(path.join('tests', 'fixtures', 'markdown-corpus')), ...markdownFilesUnder(seed)]) {
      // A seed post's images are beside it: its name is its path under content/posts.
      const name = file.startsWith(seed) ? path.relative(seed, file).split(path.sep).join('/') : path.basename(file);
      const html = await renderPost(fs.readFileSync(file, 'utf8'), name);
      const remembered = takeToc(`posts/${name}`);
      assert.deepEqual(remembered, extractToc(html), file);
      headings += remembered?.length ?? 0;
    }
    assert.ok(headings > 10, `${headings} headings`);
  });

  it('leave out the footnotes’ heading, which only screen readers are given', async () => {
    const html = await renderPost('---\ntitle: T\n---\n\n## One\n\nText[^1].\n\n[^1]: A note.\n', 'footnoted.md');
    assert.match(html, /<h2 class="sr-only" id="footnote-label">/);
    assert.deepEqual(takeToc('posts/footnoted.md')?.map((entry) => entry.text), ['One']);
    assert.deepEqual(extractToc('<h2 id="a">A</h2><h2 class="sr-only" id="user-content-footnote-label">Footnotes</h2>').map((entry) => entry.id), ['a']);
  });

  it('are taken once: a post the pipeline has not rendered again has none', async () => {
    await renderPost('---\ntitle: T\n---\n\n## One `code` & <em>more</em> $x^2$\n\n### Two\n', 'once.md');
    assert.deepEqual(takeToc('posts/once.md')?.map((entry) => entry.depth), [2, 3]);
    assert.equal(takeToc('posts/once.md'), undefined);
  });
});

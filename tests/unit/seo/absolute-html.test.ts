import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { absolutizeHtml } from '../../../lib/seo/absolute-html';

describe('absolutizeHtml', () => {
  it('resolves root-relative, fragment, relative and srcset URLs against the page, keeping absolute ones', () => {
    const page = 'https://blog.example/posts/p';
    const html = absolutizeHtml(
      '<p><a href="/tags/x">t</a><a href="#h">h</a><img src="pic.png" srcset="/a.png 1x, /b.png 2x" alt=""><a href="https://o.example/">o</a><code>href="/not-a-link"</code></p>',
      page,
    );
    assert.match(html, /href="https:\/\/blog.example\/tags\/x"/);
    assert.match(html, /href="https:\/\/blog.example\/posts\/p#h"/);
    assert.match(html, /src="https:\/\/blog.example\/posts\/pic.png"/);
    assert.match(html, /srcset="https:\/\/blog.example\/a.png 1x, https:\/\/blog.example\/b.png 2x"/);
    assert.match(html, /href="https:\/\/o.example\/"/);
    assert.match(html, /<code>href="\/not-a-link"<\/code>/);
  });
});

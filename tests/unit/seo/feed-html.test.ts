import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { feedHtml } from '../../../lib/seo/feed-html';

describe('a post’s HTML in a feed', () => {
  it('resolves root-relative, fragment, relative and srcset URLs against the page, keeping absolute ones', () => {
    const page = 'https://blog.example/posts/p';
    const html = feedHtml(
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

  it('keeps a diagram’s source, captioned with a link to its drawing on the post’s page, where no script draws it', () => {
    const html = feedHtml('<figure class="diagram" data-pagefind-ignore=""><pre class="mermaid">flowchart TD\n  A --&gt; B</pre></figure><figure><img src="/a.png" alt="A"></figure>', 'https://blog.example/posts/p');
    assert.equal(
      html,
      '<figure class="diagram" data-pagefind-ignore=""><pre class="mermaid">flowchart TD\n  A --> B</pre><figcaption>A diagram’s source: <a href="https://blog.example/posts/p">see it drawn on the post’s page</a>.</figcaption></figure><figure><img src="https://blog.example/a.png" alt="A"></figure>',
    );
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findShortcodes } from '../../../lib/check/shortcodes';
import { checkPosts } from '../../../lib/check';

describe('findShortcodes', () => {
  it('reads a Hugo figure written over several lines as its image, and names one that would lose its link', () => {
    const check = (figure: string) => checkPosts([{ path: 'content/posts/a.md', bytes: new TextEncoder().encode(`---\ntitle: T\ndate: 2024-01-01\n---\n\n${figure}\n`) }]);
    // Rewritten when the post is read (lib/markdown/engine-syntax.ts), on its first line: a note there.
    assert.deepEqual(
      check('{{< figure\n  src="/images/fees.png" alt="Fees"\n  caption="Fees per batch" >}}').map((problem) => `${problem.line} ${problem.severity} ${problem.message}`),
      ['6 info "{{< figure src=\\"/images/fees.png\\" alt=\\"Fees\\" caption=\\"Fees p…" is read as its Markdown equivalent, "![Fees](/images/fees.png \\"Fees per batch\\")".'],
    );
    // A link (or a size, a class) has no Markdown form: left as written, an error at its first line.
    assert.deepEqual(check('{{< figure\n  src="/images/fees.png"\n  link="https://example.com" >}}').map((problem) => `${problem.line} ${problem.severity}`), ['6 error']);
  });
  it('rewrites Jekyll post_url as a post address', () => {
    assert.equal(findShortcodes('See [that]({% post_url 2023-08-14-welcome-to-jekyll %}).')[0]?.fix, 'Replace the line with: See [that](/posts/welcome-to-jekyll).');
  });
  it('rewrites Jekyll highlight blocks as fences and drops site.baseurl', () => {
    assert.equal(findShortcodes('{% highlight ruby %}')[0]?.fix, 'Replace the line with: ```ruby');
    assert.equal(findShortcodes('{% endhighlight %}')[0]?.fix, 'Replace the line with: ```');
    assert.equal(findShortcodes('![x]({{ site.baseurl }}/img/x.png)')[0]?.fix, 'Replace the line with: ![x](/img/x.png)');
    assert.equal(findShortcodes('[a]({{ "/about" | relative_url }})')[0]?.fix, 'Replace the line with: [a](/about)');
    // Single quotes, and a path Jekyll's filter puts under the site's root.
    assert.equal(findShortcodes("[a]({{ 'docs/plugins/' | relative_url }})")[0]?.fix, 'Replace the line with: [a](/docs/plugins/)');
  });
  it('asks for a rewrite where Markdown has no exact equivalent, saying what to write by what the Liquid reads', () => {
    assert.match(findShortcodes('{% seo %}')[0]?.fix ?? '', /^Rewrite it in Markdown/);
    assert.equal(findShortcodes('{% include note.html content="x" %}')[0]?.fix, 'Write what the include showed on the old site. Or rewrite it in Markdown (an image, a link, a fenced code block), or as the HTML it produced.');
    assert.match(findShortcodes('[issues]({{ site.repository }}/issues)')[0]?.fix ?? '', /^Write the value of `site\.repository` \(from the old site's _config\.yml\) in its place\. Or rewrite/);
    assert.match(findShortcodes('Version {{ page.version }}')[0]?.fix ?? '', /^Write the post's own `version` in its place\./);
    assert.match(findShortcodes('{% for issue in issue_numbers %}')[0]?.fix ?? '', /^Write out what the template made \(the old site’s published page shows it\), such as its list of links\./);
  });
  it('leaves inline code and template syntax of other tools alone', () => {
    assert.deepEqual(findShortcodes('Write `{{< figure >}}` in Hugo, or {{ count }} in Vue.'), []);
  });
  it('is no error in an indented code block, shown as written', () => {
    const text = '---\ntitle: T\ndate: 2024-01-01\n---\n\nJekyll wrote:\n\n    {% image full http://farm5.example.com/x.jpg %}\n    {{ page.tagline }}\n\nBut {% include x.html %} here.\n';
    assert.deepEqual(checkPosts([{ path: 'content/posts/a.md', bytes: new TextEncoder().encode(text) }]).map((problem) => `${problem.line} ${problem.severity}`), ['11 error']);
  });
  it('is an error of content:check, by line, outside fenced code only', () => {
    const text = '---\ntitle: T\ndate: 2024-01-01\n---\n\n{% include x.html %}\n\n```html\n{% not-checked %}\n```\n';
    const problems = checkPosts([{ path: 'content/posts/a.md', bytes: new TextEncoder().encode(text) }]);
    assert.deepEqual(problems.map((problem) => `${problem.line} ${problem.severity}`), ['6 error']);
  });
});

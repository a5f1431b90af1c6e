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
  });
  it('asks for a rewrite where Markdown has no exact equivalent', () => {
    assert.match(findShortcodes('{% include note.html content="x" %}')[0]?.fix ?? '', /^Rewrite it in Markdown/);
  });
  it('leaves inline code and template syntax of other tools alone', () => {
    assert.deepEqual(findShortcodes('Write `{{< figure >}}` in Hugo, or {{ count }} in Vue.'), []);
  });
  it('is an error of content:check, by line, outside fenced code only', () => {
    const text = '---\ntitle: T\ndate: 2024-01-01\n---\n\n{% include x.html %}\n\n```html\n{% not-checked %}\n```\n';
    const problems = checkPosts([{ path: 'content/posts/a.md', bytes: new TextEncoder().encode(text) }]);
    assert.deepEqual(problems.map((problem) => `${problem.line} ${problem.severity}`), ['6 error']);
  });
});

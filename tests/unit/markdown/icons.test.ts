import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blowfishIconShortcode, hasIcon } from '../../../lib/markdown/icons';
import { renderPost } from '../../support/render';

const post = (body: string) => `---\ntitle: Icons\ndate: 2024-01-01\n---\n\n${body}\n`;
/** The icons a page draws, by the name screen readers hear. */
const drawn = (html: string) => [...html.matchAll(/<svg (?=[^>]*class="icon")(?=[^>]*role="img")[^>]*aria-label="([^"]*)"[^>]*>/g)].map((match) => match[1]);

describe('icons written as text', () => {
  it('draws MkDocs Material’s shortcodes of each set in the text’s place, as inline SVG in the text’s colour', async () => {
    const html = await renderPost(post('Fast :material-clock-fast: :fontawesome-brands-github: :fontawesome-solid-house: :fontawesome-regular-bell: :octicons-search-24: :simple-hashnode: done.'));
    assert.deepEqual(drawn(html), ['clock fast', 'github', 'house', 'bell', 'search', 'hashnode']);
    assert.match(html, /^<p>Fast <svg width="1em" height="1em" viewBox="0 0 24 24" class="icon" role="img" aria-label="clock fast"><path fill="currentColor" d="M[^"]+"><\/path><\/svg> <svg /);
    assert.match(html, /aria-label="hashnode"><path [^>]*><\/path><\/svg> done\.<\/p>$/);
  });

  it('keeps the shortcodes of code as written, and one the sets lack as text (content:check stops on it)', async () => {
    const html = await renderPost(post('`:material-trash-can:` and :material-no-such-icon: here.\n\n```\n:octicons-search-24:\n```'));
    assert.deepEqual(drawn(html), []);
    assert.match(html, /<code>:material-trash-can:<\/code> and :material-no-such-icon: here\./);
    assert.match(html, /<span>:octicons-search-24:<\/span>/);
  });

  it('draws an icon in a link, a heading and a list, and leaves an author’s own SVG to the sanitiser', async () => {
    const html = await renderPost(post('## :material-rocket: Launch\n\n- [:fontawesome-brands-github: Source](https://github.com/a/b)\n\n<svg onload="alert(1)"><path d="M0 0"/></svg> after'));
    assert.deepEqual(drawn(html), ['rocket', 'github']);
    // The heading's id is its words, as MkDocs makes it: old links to #launch still land.
    assert.match(html, /<h2 id="launch"><svg [^>]*aria-label="rocket"/);
    assert.match(html, /<a href="https:\/\/github\.com\/a\/b"[^>]*><svg [^>]*aria-label="github"[^>]*>.*?<\/svg> Source<\/a>/);
    assert.doesNotMatch(html, /onload|alert\(1\)/);
  });

  it('reads Blowfish’s {{< icon >}} as the same icon of Font Awesome or Simple Icons, by its own names too', async () => {
    assert.equal(blowfishIconShortcode('github'), ':fontawesome-brands-github:');
    assert.equal(blowfishIconShortcode('moon'), ':fontawesome-solid-moon:');
    assert.equal(blowfishIconShortcode('email'), ':fontawesome-solid-envelope:');
    assert.equal(blowfishIconShortcode('substack'), ':simple-substack:');
    assert.equal(blowfishIconShortcode('no-such-icon'), undefined);
    const html = await renderPost(post('{{< icon "github" >}} and {{< icon email >}}, {{< button href="https://github.com/a" >}}{{< icon "github" >}} Star it{{< /button >}}\n\n`{{< icon "github" >}}`'));
    assert.deepEqual(drawn(html), ['github', 'envelope', 'github']);
    assert.match(html, /<a href="https:\/\/github\.com\/a"[^>]*><svg [^>]*aria-label="github"[^>]*>.*?<\/svg> Star it<\/a>/);
    assert.match(html, /<code>\{\{&#x3C; icon "github" >}}<\/code>/);
  });

  it('knows which names each set has, and no name of a set it lacks', () => {
    assert.equal(hasIcon('material', 'trash-can'), true);
    assert.equal(hasIcon('octicons', 'search-16'), true);
    assert.equal(hasIcon('material', 'trash-cans'), false);
    assert.equal(hasIcon('fontawesome-light', 'house'), false);
    assert.equal(hasIcon('__proto__', 'constructor'), false);
  });

  it('finds no icon in what every object answers to (`constructor`), so such a name stays text', async () => {
    assert.equal(hasIcon('material', 'constructor'), false);
    assert.equal(blowfishIconShortcode('constructor'), undefined);
    assert.equal(await renderPost(post(':material-constructor: :simple-constructor:')), '<p>:material-constructor: :simple-constructor:</p>');
  });
});

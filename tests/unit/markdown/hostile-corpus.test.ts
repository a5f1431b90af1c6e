import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { sanitizeSchema } from '../../../lib/markdown/rehype-plugins';
import { hostileFiles, renderHostile, unsafeParts, urlScheme, urlsOf } from '../../support/hostile-corpus';

const corpus = hostileFiles();

async function render(name: string) {
  const file = corpus.find((entry) => entry.name === name);
  assert.ok(file, `tests/fixtures/hostile/${name} exists`);
  return renderHostile(file.markdown, file.name);
}

describe('hostile corpus through the real Markdown pipeline', () => {
  it('has the four corpus files', () => {
    assert.deepEqual(
      corpus.map((file) => file.name),
      ['headings.md', 'images.md', 'links.md', 'raw-html.md'],
    );
  });

  for (const { name, markdown } of corpus) {
    it(`${name}: no script element, handler attribute or script URL survives`, async () => {
      const { html, tree } = await renderHostile(markdown, name);
      assert.deepEqual(unsafeParts(tree), []);
      // The serialised HTML too: text `<` is escaped, so any of these would be a real tag.
      assert.doesNotMatch(html, /<\s*\/?\s*(script|iframe|object|embed|style|svg|math|base|meta|link|form)\b/i);
      // Attribute values are double-quoted with `"` escaped: blank them to see the attribute names.
      assert.doesNotMatch(html.replace(/"[^"]*"/g, '""'), /<[a-z][^>]*\son[a-z]+\s*=/i);
      assert.doesNotMatch(html, /(href|src)\s*=\s*"\s*(javascript|vbscript|data):/i);
    });
  }

  it('keeps only site paths, fragments, https and mailto links', async () => {
    const { tree } = await render('links.md');
    const hrefs = urlsOf(tree, 'a', 'href');
    for (const href of hrefs) assert.match(href, /^(\/[^/\\]|#|https:\/\/|mailto:)/, href);
    for (const safe of [
      '/tags/plasma',
      '#safe-links-keep-working',
      'https://example.com/safe',
      'mailto:editor@example.com',
      'https://example.com/autolinked',
      'https://example.com/bare',
    ]) {
      assert.ok(hrefs.includes(safe), `safe link ${safe} kept`);
    }
  });

  it('keeps the text of neutralised links, so readers still see what was written', async () => {
    const { tree } = await render('links.md');
    const text = toString(tree);
    for (const label of ['plain', 'mixed case', 'tab entity', 'vbscript', 'data html', 'in a footnote', 'irc', 'xmpp']) {
      assert.ok(text.includes(label), label);
    }
  });

  it('keeps safe images and drops script, vbscript and data image sources', async () => {
    const { tree } = await render('images.md');
    const sources = urlsOf(tree, 'img', 'src');
    assert.ok(sources.includes('/images/safe.png'));
    for (const src of sources) assert.ok(urlScheme(src) === undefined || urlScheme(src) === 'https', src);
    assert.ok(sources.length >= 3, 'the safe images are still there');
  });

  it('keeps only allow-listed raw HTML, neutralised, and renders the Markdown around it', async () => {
    const { html, tree } = await render('raw-html.md');
    assert.match(html, /<p>Text after the raw HTML still renders\.<\/p>/);
    // Presentational elements stay, without handlers or styles; the only link left goes to https.
    assert.match(html, /<details open><summary>x<\/summary><\/details>/);
    assert.match(html, /<div>hover me<\/div>/);
    assert.match(html, /<b>html<\/b>/);
    assert.deepEqual(urlsOf(tree, 'a', 'href'), ['https://example.com']);
    assert.doesNotMatch(html, /\sstyle=|\sid=|autofocus|srcdoc|http-equiv/i);
    // Removed with their content: no style sheet, template or script text shows as text.
    assert.doesNotMatch(html, /display: none|evil\.example|svgscript|'template'/);
    assert.doesNotMatch(html, /<(button|form|iframe|object|embed|base|meta|link|template|noscript)\b/);
    // A form control that survives is GitHub's inert task-list checkbox.
    for (const input of html.match(/<input[^>]*>/g) ?? []) assert.match(input, /disabled/);
  });

  it('gives no heading an id that clobbers a framework global or starts with an underscore', async () => {
    const { tree } = await render('headings.md');
    const ids: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (typeof node.properties.id === 'string') ids.push(node.properties.id);
    });
    assert.ok(ids.length >= 3);
    for (const id of ids) assert.doesNotMatch(id, /^_|^__next|^\$/, id);
    assert.ok(ids.includes('next_f'), `ids: ${ids.join(', ')}`);
  });

  it('shows code that mentions <script> as text', async () => {
    const { tree } = await render('headings.md');
    const code: string[] = [];
    visit(tree, 'element', (node: Element) => {
      if (node.tagName === 'pre') code.push(toString(node).trimEnd());
    });
    // Text content, however a highlighter splits it into spans.
    assert.deepEqual(code, ["<script>window.__pwned = 'code block stays text'</script>"]);
  });
});

function el(tagName: string, properties: Properties = {}, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

describe('the sanitiser schema on its own', () => {
  // A later plugin (raw HTML, highlighting) could put any of these in the tree: the schema must still hold.
  const hostileTree = (): Root => ({
    type: 'root',
    children: [
      el('script', {}, [{ type: 'text', value: 'window.__pwned = 1' }]),
      el('iframe', { src: 'https://evil.example' }),
      el('object', { data: 'data:text/html,x' }),
      el('embed', { src: 'javascript:alert(1)' }),
      el('style', {}, [{ type: 'text', value: 'body{display:none}' }]),
      el('base', { href: 'https://evil.example/' }),
      el('form', { action: 'javascript:alert(1)' }, [el('button', {}, [{ type: 'text', value: 'go' }])]),
      el('p', { onClick: 'alert(1)', onMouseOver: 'alert(1)', style: 'background:url(javascript:alert(1))' }, [
        el('a', { href: 'javascript:alert(1)' }, [{ type: 'text', value: 'a' }]),
        el('a', { href: ' JaVaScRiPt:alert(1)' }, [{ type: 'text', value: 'b' }]),
        el('a', { href: 'java\tscript:alert(1)' }, [{ type: 'text', value: 'c' }]),
        el('a', { href: 'vbscript:msgbox(1)' }, [{ type: 'text', value: 'd' }]),
        el('a', { href: 'data:text/html,<script>alert(1)</script>' }, [{ type: 'text', value: 'e' }]),
        el('img', { src: 'data:image/svg+xml,<svg onload=alert(1)>', onError: 'alert(1)' }),
        el('img', { src: 'javascript:alert(1)' }),
        el('a', { href: '/safe/path' }, [{ type: 'text', value: 'safe' }]),
        el('img', { src: '/images/safe.png', alt: 'safe' }),
      ]),
    ],
  });

  it('the checker sees every hostile part of the unsanitised tree', () => {
    assert.ok(unsafeParts(hostileTree()).length >= 15);
  });

  it('removes every one of them and keeps the safe link and image', () => {
    const clean = sanitize(hostileTree(), sanitizeSchema) as Root;
    assert.deepEqual(unsafeParts(clean), []);
    assert.deepEqual(urlsOf(clean, 'a', 'href'), ['/safe/path']);
    assert.deepEqual(urlsOf(clean, 'img', 'src'), ['/images/safe.png']);
  });
});

describe('urlScheme', () => {
  it('reads the scheme the way a browser does', () => {
    assert.equal(urlScheme(' \u0001JavaScript:x'), 'javascript');
    assert.equal(urlScheme('java\n\tscript:x'), 'javascript');
    assert.equal(urlScheme('/posts/a:b'), undefined);
    assert.equal(urlScheme('#x'), undefined);
    assert.equal(urlScheme('HTTPS://example.com'), 'https');
  });
});

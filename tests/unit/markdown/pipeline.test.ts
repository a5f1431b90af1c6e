import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { renderPost } from '../../support/render';

const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('Markdown pipeline: one h1', () => {
  it('drops an opening # H1 equal to the title, ignoring case, punctuation and emoji', async () => {
    const html = await renderPost('---\ntitle: "Layer 2: Scaling 🔓"\n---\n\n# layer 2 — scaling\n\nText.\n');
    assert.doesNotMatch(html, /<h1/);
    assert.match(html, /<p>Text\.<\/p>/);
  });

  it('keeps an opening heading that differs from the title, as an h2', async () => {
    const html = await renderPost('---\ntitle: "Title"\n---\n\n# Something else\n\nText.\n');
    assert.match(html, /<h2 id="something-else">Something else/);
    assert.doesNotMatch(html, /<h1/);
  });

  it('turns every other body H1 into an h2', async () => {
    const html = await renderPost('---\ntitle: "T"\n---\n\nIntro.\n\n# Part one\n\n## Sub\n');
    assert.match(html, /<h2 id="part-one">Part one/);
    assert.match(html, /<h2 id="sub">Sub/);
  });

  it('handles the seed post: the garbled title heading is dropped and emoji are repaired', async () => {
    const html = await renderPost(fixture('seed-mojibake.md'), 'seed.md');
    assert.doesNotMatch(html, /<h1/);
    assert.doesNotMatch(html, /Unlocking the Potential of Blockchain Scalability/);
    assert.match(html, /thought leaders! 🙌/);
    assert.match(html, /<strong>Security<\/strong> 🔒/);
    assert.doesNotMatch(html, /ğŸ”“|ğŸ™Œ/);
  });
});

describe('Markdown pipeline: placeholders', () => {
  it('renders an unresolved image placeholder as an "illustration pending" figure', async () => {
    const html = await renderPost('---\ntitle: T\n---\n\n[Insert a relevant image: A cat on a chain.]\n', 'no-such-post.md');
    assert.match(html, /<figure class="illustration illustration-pending">/);
    assert.match(html, /Illustration pending/);
    assert.match(html, /<figcaption>A cat on a chain\.<\/figcaption>/);
    assert.doesNotMatch(html, /\[Insert/);
  });

  it('renders the seed placeholder as the drawn illustration, with the description as alt text, opening full size on a tap', async () => {
    const html = await renderPost(fixture('seed-layer2.md'), 'layer-2-solutions-scaling-the-blockchain.md');
    assert.match(
      html,
      // Served like any image: a hashed copy of public/illustrations/…-1.svg, sized from its viewBox, inside
      // a link to the full-size drawing (a tap opens it on a phone).
      /<figure class="illustration"><a href="\/illustrations\/layer-2-solutions-scaling-the-blockchain-1\.svg"><img src="\/_img\/layer-2-solutions-scaling-the-blockchain-[0-9a-f]{12}\.svg" width="960" height="540" alt="A visual representation of a Layer 2 solution working alongside the main blockchain network[^"]*"[^>]*><\/a><figcaption class="illustration-hint">Tap the illustration/,
    );
    assert.doesNotMatch(html, /\[Insert/);
  });

  it('fills [Your Name] with the post author, else the site author; leaves other template text', async () => {
    const own = await renderPost('---\ntitle: T\nauthor: Ada Lovelace\n---\n\n"Quote." - [Your Name], Strategist\n');
    assert.match(own, /- Ada Lovelace, Strategist/);
    const site = await renderPost('---\ntitle: T\n---\n\nBy [Your Name] of [Company].\n');
    assert.match(site, /By Ledger Notes editors of \[Company\]\./);
  });

  it('leaves a bracketed phrase inside a sentence as text', async () => {
    const html = await renderPost('---\ntitle: T\n---\n\nSee [Insert a relevant image: x] here.\n');
    assert.doesNotMatch(html, /<figure/);
  });
});

describe('Markdown pipeline: headings', () => {
  it('gives emoji headings ids without leading dashes, and unique ids', async () => {
    const html = await renderPost('---\ntitle: T\n---\n\n## 🎯 Understanding Layer 2\n\n## Understanding Layer 2\n');
    assert.match(html, /<h2 id="understanding-layer-2">🎯 Understanding Layer 2/);
    assert.match(html, /<h2 id="understanding-layer-2-1">/);
  });
});

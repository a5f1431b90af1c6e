import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { KATEX_DIR, katexAssets } from '../../../scripts/build/katex-assets.mjs';

describe('public/katex (KaTeX stylesheet and fonts served from the site)', () => {
  const expected = katexAssets();

  it('matches the installed katex byte for byte (run scripts/build/katex-assets.mjs after an upgrade)', () => {
    const committed = fs.readdirSync(KATEX_DIR, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(KATEX_DIR, path.join(entry.parentPath, entry.name)))
      .sort();
    assert.deepEqual(committed, [...expected.keys()].sort());
    for (const [name, bytes] of expected) assert.ok(fs.readFileSync(path.join(KATEX_DIR, name)).equals(bytes), name);
  });

  it('names only WOFF2 fonts that exist, each shown with font-display: swap', () => {
    const css = expected.get('katex.min.css')?.toString() ?? '';
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1] ?? '');
    assert.ok(urls.length >= 20);
    for (const url of urls) assert.ok(url.endsWith('.woff2') && expected.has(url), url);
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    assert.equal(faces.filter((face) => face.includes('font-display:swap')).length, faces.length);
  });
});

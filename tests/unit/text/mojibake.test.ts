import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { findLossyMojibake, repairMojibake } from '../../../lib/text/mojibake';

const seed = fs.readFileSync(new URL('../../fixtures/seed-mojibake.md', import.meta.url), 'utf8');

describe('repairMojibake', () => {
  it('repairs the seed post’s Windows-1254 emoji', () => {
    const fixed = repairMojibake(seed);
    assert.match(fixed, /Blockchain Scalability 🔓"/);
    assert.match(fixed, /thought leaders! 🙌/);
    assert.match(fixed, /\*\*Security\*\* 🔒/);
    assert.ok(!fixed.includes('ğŸ”“'));
    assert.ok(!fixed.includes('ğŸ™Œ'));
  });

  it('repairs Windows-1252 / Latin-1 mojibake and keeps curly quotes', () => {
    assert.equal(repairMojibake('donâ€™t'), 'don’t');
    assert.equal(repairMojibake('cafÃ©'), 'café');
    assert.equal(repairMojibake('Ã¼ber'), 'über');
  });

  it('leaves real Turkish, French and German text alone', () => {
    for (const text of ['ğüşıöç', 'Ağustos ayında İstanbul’da', 'café à la crème', 'Zürich, Straße', 'naïve façade', '¿Qué tal?']) {
      assert.equal(repairMojibake(text), text);
    }
  });
});

describe('findLossyMojibake', () => {
  it('finds the four sequences of the seed that lost a byte, with candidates', () => {
    const lossy = findLossyMojibake(repairMojibake(seed));
    assert.deepEqual([...new Set(lossy.map((found) => found.text))].sort(), ['ğŸŒ', 'ğŸ¤', 'ğŸ¥', 'ğŸ¦'].sort());
    const candidates = (text: string) => lossy.find((found) => found.text === text)?.candidates ?? [];
    assert.ok(candidates('ğŸŒ').includes('🌍'));
    assert.ok(candidates('ğŸ¦').includes('🏦'));
    assert.ok(candidates('ğŸ¥').includes('🏥'));
    assert.ok(candidates('ğŸ¤').includes('🤝'));
  });

  it('never guesses: a lossy sequence before a space stays for the author to resolve', () => {
    const text = 'A globe ğŸŒ here.';
    assert.equal(repairMojibake(text), text);
    assert.deepEqual(findLossyMojibake(text).map((found) => found.text), ['ğŸŒ']);
  });

  it('reports nothing in clean or real non-English text', () => {
    assert.deepEqual(findLossyMojibake('ğüşıöç ağaç, café, Zürich 🔓'), []);
  });
});

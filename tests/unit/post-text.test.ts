import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deriveSummary, plainText, readingStats, textFacts } from '../../lib/post-text';

const body = [
  '[Insert a relevant image: a diagram of channels]',
  '',
  'Rollups **batch** transactions and post a `proof` to [layer 1](https://example.org).',
  '',
  '## How it works',
  '',
  '- one',
  '- two',
  '',
  '```ts',
  'const fee = 1;',
  '```',
].join('\n');

describe('textFacts', () => {
  it('gives the summary and reading statistics of a body from one parse', () => {
    const facts = textFacts(body);
    assert.equal(facts.summary, 'Rollups batch transactions and post a proof to layer 1.');
    assert.equal(facts.words, plainText(body).split(' ').length);
    assert.equal(facts.minutes, 1);
  });

  it('remembers the body it just parsed, so contentlayer’s three computed fields parse it once', () => {
    const text = `${body}\n\nAnother paragraph.`;
    assert.equal(textFacts(text), textFacts(text));
  });

  it('agrees with the single-purpose helpers', () => {
    const long = Array.from({ length: 600 }, (_, i) => `word${i}`).join(' ');
    assert.equal(deriveSummary(long), textFacts(long).summary);
    assert.deepEqual(readingStats(long), { minutes: 3, words: 600 });
    assert.ok(deriveSummary(long).endsWith('…') && deriveSummary(long).length <= 201);
  });

  it('forgets old bodies instead of growing with the number of posts', () => {
    const first = 'First post body.';
    const facts = textFacts(first);
    for (let i = 0; i < 100; i++) textFacts(`Post number ${i}.`);
    assert.notEqual(textFacts(first), facts);
    assert.deepEqual(textFacts(first), facts);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTagParam, mergeTagLists, parseTagParam, type FilterEntry } from '../../../lib/browser/tag-filter';

const entry = (slug: string, date: string): FilterEntry => ({ slug, url: `/posts/${slug}`, title: slug, date, tags: [] });

describe('tag filter helpers', () => {
  const known = new Set(['plasma', 'sidechains', 'c-sharp']);

  it('reads known tags from the URL, deduplicated, ignoring unknown ones', () => {
    assert.deepEqual(parseTagParam('plasma,sidechains,plasma,nope', known), ['plasma', 'sidechains']);
    assert.deepEqual(parseTagParam(' Plasma ', known), ['plasma']);
    assert.deepEqual(parseTagParam(null, known), []);
    assert.deepEqual(parseTagParam('', known), []);
  });

  it('writes the URL form back', () => {
    assert.equal(formatTagParam(['plasma', 'sidechains']), 'plasma,sidechains');
  });

  it('merges per-tag lists into one newest-first list without duplicates', () => {
    const merged = mergeTagLists([
      [entry('a', '2024-01-01'), entry('b', '2023-01-01')],
      [entry('b', '2023-01-01'), entry('c', '2025-01-01')],
    ]);
    assert.deepEqual(merged.map((post) => post.slug), ['c', 'a', 'b']);
  });
});

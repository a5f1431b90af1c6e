import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imagesNamedBy } from '../../../scripts/build/processed-images.mjs';

describe('imagesNamedBy: the processed images posts name', () => {
  it('reads the names from an index’s text or from its documents, wherever they appear', () => {
    const documents = [
      { body: { html: '<picture><source srcSet="/_img/chart-1a2b.webp 640w"><img src="/_img/chart-1a2b.png"></picture>' } },
      { coverImage: { src: '/blog/_img/cover-9f.jpg' }, shareCard: '/_img/card-77.png' },
      { body: { html: '<img src="/images/not-processed.png">' } },
    ];
    const expected = ['chart-1a2b.webp', 'chart-1a2b.png', 'cover-9f.jpg', 'card-77.png'];
    assert.deepEqual([...imagesNamedBy(documents)], expected);
    assert.deepEqual([...imagesNamedBy(JSON.stringify(documents))], expected);
    assert.deepEqual([...imagesNamedBy([])], []);
  });
});

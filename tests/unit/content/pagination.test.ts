import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { laterPageParams, orPageOne, pageCount, pageFromParam, pageHref, paginate, PAGE_SIZE, parsePageParam } from '../../../lib/content/pagination';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('pageCount', () => {
  it('has one page for an empty or short list, then one more per PAGE_SIZE started', () => {
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(1), 1);
    assert.equal(pageCount(PAGE_SIZE), 1);
    assert.equal(pageCount(PAGE_SIZE + 1), 2);
    assert.equal(pageCount(3 * PAGE_SIZE), 3);
    assert.equal(pageCount(7, 3), 3);
  });
});

describe('pageHref', () => {
  it('puts page 1 at the base and later pages under /page/<n>', () => {
    assert.equal(pageHref('/', 1), '/');
    assert.equal(pageHref('/', 2), '/page/2');
    assert.equal(pageHref('/tags/plasma', 1), '/tags/plasma');
    assert.equal(pageHref('/tags/plasma', 3), '/tags/plasma/page/3');
    assert.equal(pageHref('/archive', 2), '/archive/page/2');
  });
});

describe('parsePageParam', () => {
  it('accepts page numbers from 2 written plainly', () => {
    assert.equal(parsePageParam('2'), 2);
    assert.equal(parsePageParam('15'), 15);
  });
  it('rejects page 1 (it lives at the base URL), zero, negatives, padding and words', () => {
    for (const bad of ['1', '0', '-1', '02', '2.0', '2x', 'x', '', ' 2', '1e3', '99999999']) {
      assert.equal(parsePageParam(bad), undefined, bad);
    }
  });
});

describe('paginate', () => {
  const items = numbers(25);

  it('slices pages of the given size with links to the neighbours', () => {
    const first = paginate(items, 1, '/', 10);
    assert.deepEqual(first?.items, numbers(10));
    assert.equal(first?.totalPages, 3);
    assert.equal(first?.total, 25);
    assert.equal(first?.prevHref, undefined);
    assert.equal(first?.nextHref, '/page/2');

    const middle = paginate(items, 2, '/tags/x', 10);
    assert.deepEqual(middle?.items, numbers(20).slice(10));
    assert.equal(middle?.prevHref, '/tags/x');
    assert.equal(middle?.nextHref, '/tags/x/page/3');

    const last = paginate(items, 3, '/', 10);
    assert.deepEqual(last?.items, [21, 22, 23, 24, 25]);
    assert.equal(last?.prevHref, '/page/2');
    assert.equal(last?.nextHref, undefined);
  });

  it('returns undefined out of range', () => {
    assert.equal(paginate(items, 0, '/', 10), undefined);
    assert.equal(paginate(items, 4, '/', 10), undefined);
    assert.equal(paginate(items, 1.5, '/', 10), undefined);
    assert.equal(paginate([], 2, '/', 10), undefined);
  });

  it('gives an empty list one empty first page', () => {
    assert.deepEqual(paginate([], 1, '/', 10)?.items, []);
  });

  it('a full last page has no next page', () => {
    assert.equal(paginate(numbers(20), 2, '/', 10)?.nextHref, undefined);
    assert.equal(paginate(numbers(20), 3, '/', 10), undefined);
  });
});

describe('laterPageParams', () => {
  it('lists pages 2…n as strings, none when everything fits on page 1', () => {
    assert.deepEqual(laterPageParams(PAGE_SIZE), []);
    assert.deepEqual(laterPageParams(0), []);
    assert.deepEqual(laterPageParams(25, 10), [{ page: '2' }, { page: '3' }]);
  });
});

describe('pageFromParam', () => {
  it('asks the store only for valid page numbers', () => {
    const asked: number[] = [];
    const get = (page: number) => (asked.push(page), page <= 3 ? `page ${page}` : undefined);
    assert.equal(pageFromParam('2', get), 'page 2');
    assert.equal(pageFromParam('9', get), undefined);
    assert.equal(pageFromParam('1', get), undefined);
    assert.equal(pageFromParam('abc', get), undefined);
    assert.deepEqual(asked, [2, 9]);
  });
});

describe('orPageOne', () => {
  it('keeps real later pages, else stands in page 1 (a 404) so a static export accepts the route', () => {
    assert.deepEqual(orPageOne([{ page: '2' }], { page: '1' }, true), [{ page: '2' }]);
    assert.deepEqual(orPageOne([], { page: '1' }, true), [{ page: '1' }]);
    assert.deepEqual(orPageOne([], undefined, true), []);
    // A server build lists no page 1: Next's real not-found page answers it, uncached.
    assert.deepEqual(orPageOne([], { page: '1' }, false), []);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeUrlPart } from '../../../lib/routes';
import { isMalformedPath } from '../../../lib/site/malformed-url';

const decodeThrows = (path: string): boolean => decodeUrlPart(path) === undefined;

const escape = (byte: number) => `%${byte.toString(16).padStart(2, '0')}`;

describe('decodeUrlPart', () => {
  it('decodes a part of a URL, or gives undefined for a malformed escape', () => {
    assert.equal(decodeUrlPart('%E6%97%A5%E6%9C%AC'), '日本');
    assert.equal(decodeUrlPart('my%20photo.jpg'), 'my photo.jpg');
    assert.equal(decodeUrlPart('plain'), 'plain');
    for (const part of ['%', '%E0%A4%A', '%ZZ', '%ED%A0%80']) assert.equal(decodeUrlPart(part), undefined, part);
  });
});

describe('isMalformedPath', () => {
  it('flags bad escapes and nothing else', () => {
    for (const path of ['/posts/%', '/posts/%E0%A4%A', '/tags/%ZZ', '/%FF', '/%C0%AF', '/%ED%A0%80', '/a%2']) {
      assert.equal(isMalformedPath(path), true, path);
    }
    for (const path of ['/', '/tags/plasma', '/tags/%E6%97%A5%E6%9C%AC%E8%AA%9E', '/posts/..%2F..%2Fpackage.json', '/%00', '/%F0%9F%94%93']) {
      assert.equal(isMalformedPath(path), false, path);
    }
  });

  it('agrees with decodeURIComponent on every pair of escaped bytes', () => {
    for (let first = 0; first < 256; first += 1) {
      for (let second = 0; second < 256; second += 1) {
        const path = `/x/${escape(first)}${escape(second)}`;
        assert.equal(isMalformedPath(path), decodeThrows(path), path);
      }
    }
  });

  it('agrees with decodeURIComponent on three- and four-byte sequences around the UTF-8 edges', () => {
    const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    for (const lead of [0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5]) {
      for (const b of edges) {
        for (const c of edges) {
          for (const d of [0x41, 0x80, 0xbf, 0xc0]) {
            const path = `/${escape(lead)}${escape(b)}${escape(c)}${escape(d)}`;
            assert.equal(isMalformedPath(path), decodeThrows(path), path);
          }
        }
      }
    }
  });
});

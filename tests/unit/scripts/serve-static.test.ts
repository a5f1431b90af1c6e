import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveRequest } from '../../../scripts/serve-static.mjs';

// A miniature export: what `npm run export` writes, in the shapes a file server must map.
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-static-'));
for (const file of ['index.html', '404.html', 'tags/index.html', 'tags/plasma/index.html', 'tags/plasma/posts.json', 'healthz', 'empty/.keep']) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), file);
}
fs.writeFileSync(path.join(os.tmpdir(), 'serve-static-secret.txt'), 'outside');
after(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), 'serve-static-secret.txt'), { force: true });
});

const at = (file: string) => ({ kind: 'file', file: path.join(root, file) });

describe('resolveRequest', () => {
  it('serves a folder with a trailing slash from its index.html', () => {
    assert.deepEqual(resolveRequest(root, '', '/'), at('index.html'));
    assert.deepEqual(resolveRequest(root, '', '/tags/plasma/'), at('tags/plasma/index.html'));
  });

  it('redirects a folder without its slash, keeping the base path', () => {
    assert.deepEqual(resolveRequest(root, '', '/tags/plasma'), { kind: 'redirect', location: '/tags/plasma/' });
    assert.deepEqual(resolveRequest(root, '/blog', '/blog/tags'), { kind: 'redirect', location: '/blog/tags/' });
    assert.deepEqual(resolveRequest(root, '/blog', '/blog'), { kind: 'redirect', location: '/blog/' });
  });

  it('serves files as they are, extension or not', () => {
    assert.deepEqual(resolveRequest(root, '', '/tags/plasma/posts.json'), at('tags/plasma/posts.json'));
    assert.deepEqual(resolveRequest(root, '/blog', '/blog/healthz'), at('healthz'));
  });

  it('answers not-found for misses, folders without index.html, and paths outside the base path', () => {
    for (const [base, request] of [
      ['', '/tags/Plasma/'],
      ['', '/tags/plasma/index'],
      ['', '/empty/'],
      ['/blog', '/tags/plasma/'],
      ['/blog', '/blogger/'],
    ] as const) {
      assert.deepEqual(resolveRequest(root, base, request), { kind: 'not-found' }, `${base} ${request}`);
    }
  });

  it('never serves a file outside the root, however the path is encoded', () => {
    for (const request of ['/../serve-static-secret.txt', '/%2e%2e/serve-static-secret.txt', '/tags/..%2f..%2fserve-static-secret.txt', '/..\\serve-static-secret.txt', '/%00', '/%E0%A4%A']) {
      assert.deepEqual(resolveRequest(root, '', request), { kind: 'not-found' }, request);
    }
  });
});

import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { completeExport, completeStandalone } from '../../../scripts/build/output-assets.mjs';

function project(files: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'output-assets-'));
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), `contents of ${file}`);
  }
  return root;
}

describe('completeStandalone', () => {
  it('copies the browser assets and public/ into the standalone folder', () => {
    const root = project(['.next/standalone/server.js', '.next/static/chunks/app.css', 'public/illustrations/a-1.svg']);
    assert.deepEqual(completeStandalone(root), [path.join('.next', 'static'), 'public']);
    const read = (file: string) => fs.readFileSync(path.join(root, '.next/standalone', file), 'utf8');
    assert.equal(read('.next/static/chunks/app.css'), 'contents of .next/static/chunks/app.css');
    assert.equal(read('public/illustrations/a-1.svg'), 'contents of public/illustrations/a-1.svg');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('replaces an older copy, so files a new build dropped do not linger', () => {
    const root = project(['.next/standalone/server.js', '.next/standalone/public/old.svg', '.next/static/x.js']);
    assert.deepEqual(completeStandalone(root), [path.join('.next', 'static')]);
    assert.equal(fs.existsSync(path.join(root, '.next/standalone/public')), false);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('fails clearly when the build made no standalone server', () => {
    const root = project(['.next/static/x.js']);
    assert.throws(() => completeStandalone(root), /standalone\/server\.js is missing/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('completeExport', () => {
  it('adds files made after the build (the search index) to out/, keeping the pages', () => {
    const root = project(['out/404.html', 'out/index.html', 'out/pagefind/old.js', 'public/pagefind/pagefind.js', 'public/illustrations/a-1.svg']);
    assert.equal(completeExport(root), 2);
    assert.equal(fs.readFileSync(path.join(root, 'out/pagefind/pagefind.js'), 'utf8'), 'contents of public/pagefind/pagefind.js');
    assert.equal(fs.existsSync(path.join(root, 'out/pagefind/old.js')), false);
    assert.equal(fs.existsSync(path.join(root, 'out/index.html')), true);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('leaves out symbolic links in public/, which would point outside the build', () => {
    const root = project(['out/404.html', 'public/a.svg', 'public/pagefind/x.js']);
    const secret = path.join(root, 'secret.txt');
    fs.writeFileSync(secret, 'outside');
    fs.symlinkSync(secret, path.join(root, 'public/link.txt'));
    fs.symlinkSync(path.dirname(secret), path.join(root, 'public/pagefind/up'));
    completeExport(root);
    assert.equal(fs.existsSync(path.join(root, 'out/a.svg')), true);
    assert.equal(fs.existsSync(path.join(root, 'out/pagefind/x.js')), true);
    assert.equal(fs.existsSync(path.join(root, 'out/link.txt')), false);
    assert.equal(fs.existsSync(path.join(root, 'out/pagefind/up')), false);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("removes the pages rendered as 404s by design, so the host answers them with 404.html", () => {
    const root = project(['out/404.html', 'out/page/2/index.html', 'out/page/1/index.txt', 'out/tags/x/page/1/index.txt']);
    const shell = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f.push([1,"NEXT_HTTP_ERROR_FALLBACK;404"])</script></body></html>';
    for (const folder of ['out/page/1', 'out/tags/x/page/1']) fs.writeFileSync(path.join(root, folder, 'index.html'), shell);
    completeExport(root);
    assert.equal(fs.existsSync(path.join(root, 'out/page/1')), false);
    assert.equal(fs.existsSync(path.join(root, 'out/tags/x/page/1')), false);
    assert.equal(fs.existsSync(path.join(root, 'out/page/2/index.html')), true);
    assert.equal(fs.existsSync(path.join(root, 'out/404.html')), true);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('fails clearly when there is no finished export', () => {
    const root = project(['public/x.svg']);
    assert.throws(() => completeExport(root), /out\/404\.html is missing/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

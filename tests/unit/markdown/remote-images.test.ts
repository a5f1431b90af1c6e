import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { VFile } from 'vfile';
import { resolveImageSource } from '../../../lib/markdown/image-source';
import { downloadRemoteImages, remoteImageCopy } from '../../../lib/markdown/remote-images';
import { checkContentDownloading } from '../../../scripts/build/content-check';
import { freePort } from '../../support/free-port';
import { markdownProcessor } from '../../support/render';

const PNG = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'public', 'images', 'fees-per-batch.png'));

// An image host on localhost (nothing is fetched from the network in tests): an image, a page, a 404,
// and an answer that never comes.
const requests: string[] = [];
const server = http.createServer((request, response) => {
  requests.push(request.url ?? '');
  if (request.url === '/fees.png' || request.url === '/cdn/photo?id=7') response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  else if (request.url === '/page.png') response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Sign in</p>');
  else if (request.url === '/moved.png') response.writeHead(301, { location: '/fees.png' }).end();
  else if (request.url === '/slow.png') setTimeout(() => response.writeHead(200).end(PNG), 5_000).unref();
  else response.writeHead(404, 'Not Found').end();
});
let host = '';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'remote-images-'));
  fs.mkdirSync(path.join(root, 'content', 'posts'), { recursive: true });
  fs.mkdirSync(path.join(root, 'public'), { recursive: true });
  return root;
}
const roots: string[] = [];
const newProject = () => {
  const root = project();
  roots.push(root);
  return root;
};
const sourceIn = (root: string, url: string) =>
  resolveImageSource(url, { markdownFile: path.join(root, 'content', 'posts', 'post.md'), contentDir: path.join(root, 'content'), publicDir: path.join(root, 'public') });

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.close();
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

describe('images on other sites: the site serves its own copy', () => {
  it('downloads an image once, keeps it, and resolves the address to that copy', async () => {
    const root = newProject();
    const url = `${host}/cdn/photo?id=7`;
    const before = sourceIn(root, url);
    assert.equal(before.ok, false);
    assert.equal(!before.ok && before.remote, url);
    assert.match(!before.ok ? before.message : '', /has not been downloaded yet/);
    assert.deepEqual([...(await downloadRemoteImages([url, url, `${host}/moved.png`], root))], []);
    const copy = remoteImageCopy(url, root);
    assert.ok(copy && 'file' in copy && copy.file.endsWith('.png'));
    assert.deepEqual(fs.readFileSync(copy.file), PNG);
    assert.deepEqual(sourceIn(root, url), { ok: true, file: copy.file });
    // A redirect is followed; a copy that exists is not fetched again.
    assert.ok(remoteImageCopy(`${host}/moved.png`, root));
    const count = requests.length;
    await downloadRemoteImages([url], root);
    assert.equal(requests.length, count);
  });

  it('records why a download failed, names it, and tries again next time', async () => {
    const root = newProject();
    const closed = await freePort();
    const failures = await downloadRemoteImages([`${host}/gone.png`, `${host}/page.png`, `http://127.0.0.1:${closed}/closed.png`], root);
    // Only the answer that never comes has the short limit: the others must not depend on the machine's speed.
    for (const [url, reason] of await downloadRemoteImages([`${host}/slow.png`], root, { timeoutMs: 300 })) failures.set(url, reason);
    assert.equal(failures.get(`${host}/gone.png`), 'answered 404 Not Found');
    assert.match(failures.get(`${host}/page.png`) ?? '', /^is not an image the site can show \(the address answered with text\/html\)$/);
    assert.equal(failures.get(`${host}/slow.png`), 'did not arrive within 0.3 s');
    assert.equal(failures.get(`http://127.0.0.1:${closed}/closed.png`), 'could not be fetched (ECONNREFUSED)');
    const large = await downloadRemoteImages([`${host}/fees.png`], root, { maxBytes: 100 });
    assert.equal(large.get(`${host}/fees.png`), 'is larger than 100 bytes');
    const named = sourceIn(root, `${host}/gone.png`);
    assert.match(!named.ok ? named.message : '', /could not be downloaded: it answered 404 Not Found\.$/);
    assert.match(!named.ok ? named.fix : '', /Check the address in a browser/);
    // The dev server does not try a recent failure again on every save; the build and the check do.
    const count = requests.length;
    assert.equal((await downloadRemoteImages([`${host}/gone.png`], root, { retryFailedAfterMs: 60_000 })).size, 0);
    assert.equal(requests.length, count);
    assert.equal((await downloadRemoteImages([`${host}/gone.png`], root)).get(`${host}/gone.png`), 'answered 404 Not Found');
    assert.equal(requests.length, count + 1);
    // Tried again: a file that has since appeared is kept, and its failure forgotten.
    assert.deepEqual([...(await downloadRemoteImages([`${host}/fees.png`], root))], []);
    assert.ok(sourceIn(root, `${host}/fees.png`).ok);
  });

  it('leaves other schemes alone: only http, https and //host are copied', async () => {
    const root = newProject();
    for (const url of ['ftp://127.0.0.1/x.png', 'data:image/png;base64,AAAA', 'file:///etc/passwd']) {
      assert.deepEqual([...(await downloadRemoteImages([url], root))], []);
      const source = sourceIn(root, url);
      assert.ok(!source.ok && source.remote === undefined, url);
    }
    assert.equal(fs.existsSync(path.join(root, '.contentlayer')), false);
  });

  it('content:check downloads what the posts name, then checks again: a copy passes, a failure is an error at its line', async () => {
    const root = newProject();
    const post = ['---', 'title: Hotlinked', 'date: 2024-01-01', `cover: ${host}/fees.png`, 'coverAlt: Fees', '---', '', `![Fees](${host}/cdn/photo?id=7)`, '', `<img src="${host}/gone.png" alt="Gone">`, ''].join('\n');
    fs.writeFileSync(path.join(root, 'content', 'posts', 'hotlinked.md'), post);
    const lines: string[] = [];
    const result = await checkContentDownloading(root, { log: (line) => lines.push(line) });
    assert.match(lines.join('\n'), /downloading 3 images from other sites/);
    assert.equal(result.downloaded, true);
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    assert.deepEqual(
      errors.map((problem) => [problem.file, problem.line]),
      [['content/posts/hotlinked.md', 10]],
    );
    assert.match(errors[0]?.message ?? '', /gone\.png" is on another site, and the copy the site serves could not be downloaded: it answered 404/);
  });

  it('the build shows the copy as a sized, responsive picture, from a Markdown image or an <img>', async () => {
    const root = newProject();
    const url = `${host}/fees.png`;
    await downloadRemoteImages([url], root);
    const processor = markdownProcessor({ root });
    const markdown = `---\ntitle: T\n---\n\n![Fees](${url})\n\n<img src="${url}" alt="Fees again">\n`;
    const file = new VFile({ value: markdown, path: 'post.md', data: { rawDocumentData: { sourceFileName: 'post.md', sourceFilePath: 'posts/post.md' } } });
    const html = String(processor.stringify(await processor.run(processor.parse(file), file), file));
    const pictures = [...html.matchAll(/<picture>(?:(?!<\/picture>)[\s\S])*?<img [^>]*src="(\/_img\/[^"]+)"[^>]*>/g)];
    assert.equal(pictures.length, 2, html);
    for (const [, src] of pictures) assert.ok(fs.existsSync(path.join(root, 'public', src ?? '')), src);
    assert.doesNotMatch(html, /127\.0\.0\.1/);
  });
});

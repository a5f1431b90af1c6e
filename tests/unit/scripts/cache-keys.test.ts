import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { assetsKey, codeKey, shareCardKey } from '../../../scripts/build/cache-keys.mjs';

/** The keys the build caches hang on (scripts/build/cache-keys.mjs): content, never mtimes. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-keys-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
write('lib/site/config.ts', "export const name = 'A';\n");
write('package-lock.json', '{"packages":{"node_modules/remark-gfm":{"version":"4.0.1"}}}');
write('content/posts/a.md', '---\ntitle: A\n---\n');
write('content/posts/a/photo.jpg', 'jpeg bytes');
write('public/images/chart.png', 'png bytes');
write('public/_img/out.webp', 'built');

describe('codeKey', () => {
  const key = () => codeKey(root, ['lib'], {});

  it('holds while nothing changes, whatever the mtimes', () => {
    const before = key();
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(root, 'lib/site/config.ts'), later, later);
    assert.equal(key(), before);
  });

  it('changes with the site config, a plugin version in the lockfile, and the environment', () => {
    const before = key();
    write('lib/site/config.ts', "export const name = 'B';\n");
    const afterConfig = key();
    assert.notEqual(afterConfig, before);
    write('package-lock.json', '{"packages":{"node_modules/remark-gfm":{"version":"4.0.2"}}}');
    assert.notEqual(key(), afterConfig);
    assert.notEqual(codeKey(root, ['lib'], { BASE_PATH: '/blog' }), key());
  });
});

describe('assetsKey', () => {
  it('changes with an image beside a post or in public/, not with files the build writes', () => {
    const before = assetsKey(root);
    write('public/_img/out.webp', 'built again');
    assert.equal(assetsKey(root), before);
    write('content/posts/a/photo.jpg', 'other jpeg bytes');
    const afterPhoto = assetsKey(root);
    assert.notEqual(afterPhoto, before);
    write('public/images/chart.png', 'other png bytes');
    assert.notEqual(assetsKey(root), afterPhoto);
  });
});

describe('shareCardKey', () => {
  it('changes with the code that draws a card and the site config, not with a post or the check', () => {
    write('lib/seo/share-image.tsx', 'export const size = 76;\n');
    write('lib/check/fields.ts', 'export const a = 1;\n');
    const before = shareCardKey(root);
    write('content/posts/a.md', '---\ntitle: A, edited\n---\n');
    write('lib/check/fields.ts', 'export const a = 2;\n');
    assert.equal(shareCardKey(root), before);
    write('lib/seo/share-image.tsx', 'export const size = 64;\n');
    const afterTemplate = shareCardKey(root);
    assert.notEqual(afterTemplate, before);
    write('lib/site/config.ts', "export const name = 'C';\n");
    assert.notEqual(shareCardKey(root), afterTemplate);
  });
});

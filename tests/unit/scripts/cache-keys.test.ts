import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { assetsKey, codeKey, compileKey, keepTurbopackCacheForMode, shareCardKey } from '../../../scripts/build/cache-keys.mjs';

/** The keys the build caches hang on (scripts/build/cache-keys.mjs): content, never mtimes. */
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-keys-'));
after(() => fs.rmSync(root, { recursive: true, force: true }));
const writerIn = (dir: string) => (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
};
const write = writerIn(root);
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
    write('public/_mermaid/12.4.0/mermaid.esm.min.mjs', 'copied');
    assert.equal(assetsKey(root), before);
    write('content/posts/a/photo.jpg', 'other jpeg bytes');
    const afterPhoto = assetsKey(root);
    assert.notEqual(afterPhoto, before);
    write('public/images/chart.png', 'other png bytes');
    assert.notEqual(assetsKey(root), afterPhoto);
  });

  it('does not change with a hidden folder’s files (Obsidian saves its layout whenever a note opens), but with a vault’s settings', () => {
    const before = assetsKey(root);
    write('content/posts/a/.obsidian/workspace.json', '{"lastOpenFiles": ["b.md"]}');
    write('content/posts/a/.trash/old.png', 'deleted');
    assert.equal(assetsKey(root), before);
    // Its settings, which the site reads (whether notes keep their line breaks), do change it.
    write('content/posts/a/.obsidian/app.json', '{ "strictLineBreaks": true }');
    assert.notEqual(assetsKey(root), before);
  });

  it('changes with a partial an .mdx post imports (a file named with `_`), not with a post', () => {
    write('content/posts/a/_intro.mdx', 'Shared text.\n');
    const before = assetsKey(root);
    write('content/posts/a/post.mdx', '---\ntitle: A\n---\n\nEdited.\n');
    assert.equal(assetsKey(root), before);
    write('content/posts/a/_intro.mdx', 'Shared text, edited.\n');
    assert.notEqual(assetsKey(root), before);
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

describe('compileKey', () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-key-'));
  after(() => fs.rmSync(site, { recursive: true, force: true }));
  const put = writerIn(site);
  put('app/page.tsx', 'export default function Home() { return process.env.NEXT_PUBLIC_GREETING; }\n');
  put('lib/site/config.ts', "export const url = process.env['ANALYTICS_ID'];\n");
  put('lib/site/feature.ts', "const { FEATURE_FLAG, 'CDN_HOST': host, RETRIES = '3', ...rest } = process.env;\nexport const flags = [FEATURE_FLAG, host, RETRIES, rest];\n");
  put('next.config.ts', 'export default {};\n');
  put('package-lock.json', '{}');
  put('public/icon.svg', '<svg/>');
  put('content/posts/a.md', '---\ntitle: A\n---\n');

  it('holds across what a post edit and a build change: posts, processed images, the search index, Mermaid’s copy, tsc records, tests', () => {
    const before = compileKey(site, {});
    put('content/posts/a.md', '---\ntitle: A, edited\n---\n');
    put('content/posts/b.md', '---\ntitle: B\n---\n');
    put('public/_img/card-0123456789ab.png', 'png');
    put('public/pagefind/pagefind.js', 'js');
    put('public/_mermaid/12.4.0/mermaid.esm.min.mjs', 'copied');
    put('tsconfig.build.tsbuildinfo', '{}');
    put('tests/unit/a.test.ts', '');
    put('.next/server/app/index.html', '<html>');
    assert.equal(compileKey(site, {}), before);
  });

  it('changes with a template, any new file of the project, public/, the dev status, the packages, and each variable the code reads', () => {
    const keys = new Set([compileKey(site, {})]);
    const changed = (label: string, key: string) => {
      assert.ok(!keys.has(key), `${label} left the key unchanged`);
      keys.add(key);
    };
    put('app/page.tsx', 'export default function Home() { return process.env.NEXT_PUBLIC_GREETING ?? "hi"; }\n');
    changed('a template', compileKey(site, {}));
    put('middleware-helpers/extra.ts', 'export {};\n');
    changed('a new top-level folder', compileKey(site, {}));
    put('public/robots-extra.txt', 'x');
    changed('a file in public/', compileKey(site, {}));
    put('.contentlayer/dev/status.json', '{"version":3,"problems":[]}');
    changed('the dev status', compileKey(site, {}));
    put('node_modules/.package-lock.json', '{"packages":{}}');
    changed('the installed packages', compileKey(site, {}));
    changed('a variable read as process.env.X', compileKey(site, { NEXT_PUBLIC_GREETING: 'hello' }));
    changed("a variable read as process.env['X']", compileKey(site, { ANALYTICS_ID: 'UA-1' }));
    changed('a variable destructured from process.env', compileKey(site, { FEATURE_FLAG: 'on' }));
    changed('a destructured variable given a new name', compileKey(site, { CDN_HOST: 'cdn.example' }));
    changed('a destructured variable with a default', compileKey(site, { RETRIES: '5' }));
    changed('an output variable', compileKey(site, { BASE_PATH: '/blog' }));
    changed('any NEXT_PUBLIC_ variable', compileKey(site, { NEXT_PUBLIC_UNUSED: '1' }));
    changed("one of Next's own variables", compileKey(site, { NEXT_DEPLOYMENT_ID: 'd1' }));
    assert.equal(compileKey(site, { UNRELATED: '1', NEXT_TELEMETRY_DISABLED: '1' }), compileKey(site, {}));
  });
});

describe("Turbopack's build cache is kept for one output mode", () => {
  it('is dropped when the export mode, base path or site address changes, and kept for another build of the same mode', () => {
    const dir = fs.mkdtempSync(path.join(root, 'turbopack-'));
    const cache = path.join(dir, '.next', 'cache', 'turbopack', 'v16');
    const fill = () => writerIn(cache)('state.sst', 'tasks');
    fill();
    // A cache from before the mode was recorded: its mode is unknown.
    assert.equal(keepTurbopackCacheForMode(dir, {}), true);
    assert.equal(fs.existsSync(cache), false);
    fill();
    assert.equal(keepTurbopackCacheForMode(dir, {}), false);
    assert.equal(fs.existsSync(path.join(cache, 'state.sst')), true);
    for (const env of [{ STATIC_EXPORT: '1' }, { STATIC_EXPORT: '1', BASE_PATH: '/blog' }, { BASE_PATH: '/blog' }, { BASE_PATH: '/blog', SITE_URL: 'https://example.com/blog' }]) {
      assert.equal(keepTurbopackCacheForMode(dir, env), true, JSON.stringify(env));
      fill();
      assert.equal(keepTurbopackCacheForMode(dir, env), false, JSON.stringify(env));
    }
    // An unrelated variable keeps it.
    assert.equal(keepTurbopackCacheForMode(dir, { BASE_PATH: '/blog', SITE_URL: 'https://example.com/blog', EDITOR: 'vim' }), false);
  });
});

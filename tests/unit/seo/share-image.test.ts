import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { emojiDataUrl, twemojiFileNames } from '../../../lib/seo/emoji-images';
import { cachedShareImage, renderShareImage, titleFontSize } from '../../../lib/seo/share-image';
import { pngSize } from '../../support/png';

describe('emoji for share images', () => {
  it('names Twemoji files as Twemoji does', () => {
    assert.deepEqual(twemojiFileNames('🔓'), ['1f513.svg']);
    assert.deepEqual(twemojiFileNames('❤️'), ['2764.svg', '2764-fe0f.svg']);
    assert.equal(twemojiFileNames('👩‍👩‍👧')[0], '1f469-200d-1f469-200d-1f467.svg');
  });

  it('reads emoji from the local package and knows when one is missing', async () => {
    assert.match((await emojiDataUrl('🔓')) ?? '', /^data:image\/svg\+xml;base64,/);
    assert.match((await emojiDataUrl('❤️')) ?? '', /^data:image\/svg\+xml;base64,/);
    assert.equal(await emojiDataUrl('x'), undefined);
    // 🙂‍↕️ (Emoji 15.1) is newer than the package: shown as 🙂.
    assert.equal(await emojiDataUrl('🙂\u200d↕️'), await emojiDataUrl('🙂'));
  });
});

describe('renderShareImage', () => {
  it('renders a 1200×630 PNG for a long title with emoji and other scripts, without the network', async () => {
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input) => {
      fetched.push(String(input));
      throw new Error('no network in share images');
    };
    try {
      const title = `${'A very long title about rollups and sidechains '.repeat(6)}🔓 ❤️ 中文`;
      const png = await renderShareImage({ title, subtitle: 'July 14, 2024' });
      assert.deepEqual(pngSize(png), { width: 1200, height: 630 });
    } finally {
      globalThis.fetch = realFetch;
    }
    assert.deepEqual(fetched, []);
  });

  it('draws latin-ext letters (ł, ő, ț) from Inter, not as the missing-glyph box', async () => {
    // U+E000 is in no font: its card shows the box. A letter the fonts have must draw differently.
    const card = (title: string) => renderShareImage({ title, subtitle: 'July 14, 2024' });
    const missing = await card('\uE000');
    for (const letter of ['ł', 'ő', 'ț']) assert.notDeepEqual(await card(letter), missing, letter);
  });

  it('sets longer titles in smaller type', () => {
    const sizes = [10, 60, 100, 300].map((length) => titleFontSize('x'.repeat(length)));
    assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
    assert.ok(sizes[0]! > sizes[3]!);
  });
});

describe('share cards kept between builds', () => {
  it('reuses a card only for the same text under the same key', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-cache-'));
    try {
      const card = { title: 'Cached card', subtitle: '1 January 2024' };
      const first = await cachedShareImage(card, { key: 'build-a', dir });
      const file = fs.readdirSync(dir)[0] ?? '';
      assert.ok(file.endsWith('.png'), 'the card was written to the cache');
      // A planted file proves the next call reads the cache rather than drawing again.
      const planted = Buffer.from('planted');
      fs.writeFileSync(path.join(dir, file), planted);
      assert.deepEqual(await cachedShareImage(card, { key: 'build-a', dir }), planted);
      // Another key (changed template, packages or config) or other text draws afresh.
      assert.deepEqual(await cachedShareImage(card, { key: 'build-b', dir }), first);
      assert.notDeepEqual(await cachedShareImage({ ...card, title: 'Another card' }, { key: 'build-a', dir }), planted);
      assert.equal(fs.readdirSync(dir).length, 3);
      // No key: no cache at all.
      assert.deepEqual(await cachedShareImage(card, { key: undefined, dir: path.join(dir, 'unused') }), first);
      assert.equal(fs.existsSync(path.join(dir, 'unused')), false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

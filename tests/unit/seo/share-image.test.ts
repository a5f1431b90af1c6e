import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { emojiDataUrl, twemojiFileNames } from '../../../lib/seo/emoji-images';
import { drawShareCard } from '../../../lib/markdown/cover';
import { renderShareImage, titleFontSize } from '../../../lib/seo/share-image';
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
      // Opaque, so no alpha channel: a smaller file.
      const { channels, hasAlpha } = await sharp(png).metadata();
      assert.deepEqual({ channels, hasAlpha }, { channels: 3, hasAlpha: false });
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

describe('a post\'s share card, drawn at the content step', () => {
  it('is a 1200×630 PNG in public/_img/ named by its text and the drawing code, drawn once', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'share-card-'));
    try {
      const card = { title: 'A card of its own', date: '2024-01-05' };
      const first = await drawShareCard(card, { key: 'code-a', root });
      assert.match(first, /^\/_img\/card-[0-9a-f]{12}\.png$/);
      const file = path.join(root, 'public', first);
      assert.deepEqual(pngSize(fs.readFileSync(file)), { width: 1200, height: 630 });
      // Asked again (contentlayer renders the post again after an edit to its body): the same file, not drawn again.
      fs.writeFileSync(file, 'planted');
      assert.equal(await drawShareCard(card, { key: 'code-a', root }), first);
      assert.equal(fs.readFileSync(file, 'utf8'), 'planted');
      // Other text, or other drawing code (a template, font or package change), is another card.
      const others = await Promise.all([
        drawShareCard({ ...card, title: 'A card renamed' }, { key: 'code-a', root }),
        drawShareCard({ ...card, date: '2024-02-05' }, { key: 'code-a', root }),
        drawShareCard(card, { key: 'code-b', root }),
      ]);
      assert.equal(new Set([first, ...others]).size, 4);
      assert.equal(fs.readdirSync(path.join(root, 'public', '_img')).length, 4);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

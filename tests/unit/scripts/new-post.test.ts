import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import { readDate } from '../../../lib/content/dates';
import { normaliseFields } from '../../../lib/content/schema';
import { readFrontmatter } from '../../../lib/content/frontmatter';
import { localDateTime, newPost } from '../../../scripts/new-post';

describe('npm run new: a new post, as its author would start it', () => {
  it('dates it now on the author’s clock, with the offset, so it shows the author’s day', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Tokyo';
      // 23:30 UTC on 6 May is 08:30 on 7 May in Tokyo.
      assert.equal(localDateTime(new Date('2024-05-06T23:30:00Z')), '2024-05-07T08:30:00+09:00');
      process.env.TZ = 'America/St_Johns';
      assert.equal(localDateTime(new Date('2024-01-06T23:30:00Z')), '2024-01-06T20:00:00-03:30');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('writes a draft content:check passes, named by the one slug, in a folder for images when asked', () => {
    const now = new Date('2024-05-06T10:00:00Z');
    const post = newPost('Layer 2: a first look', { tags: 'rollups, fees', now });
    assert.equal(post?.file, 'content/posts/layer-2-a-first-look.md');
    const front = readFrontmatter(post?.text ?? '');
    const fields = normaliseFields(front?.data ?? {}, 'posts/layer-2-a-first-look.md');
    assert.deepEqual([fields.title, fields.slug, fields.tags, fields.draft, fields.date], ['Layer 2: a first look', 'layer-2-a-first-look', ['rollups', 'fees'], true, readDate(localDateTime(now))]);
    assert.deepEqual(checkPosts([{ path: post?.file ?? '', bytes: new TextEncoder().encode(post?.text ?? '') }]), []);
    const folder = newPost('写真の記事', { folder: true, now });
    assert.equal(folder?.file, 'content/posts/写真の記事/index.md');
    assert.deepEqual(checkPosts([{ path: folder?.file ?? '', bytes: new TextEncoder().encode(folder?.text ?? '') }]), []);
    assert.equal(newPost('!!!'), undefined, 'a title with no letters or digits gives no address');
  });
});

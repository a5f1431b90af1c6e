import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GENERATED_POSTS_FILE, generatedPostsVersion, readGeneratedPosts } from '../../../lib/content/source';

function siteWith(json: string | undefined): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'generated-content-'));
  if (json !== undefined) {
    fs.mkdirSync(path.dirname(path.join(root, GENERATED_POSTS_FILE)), { recursive: true });
    fs.writeFileSync(path.join(root, GENERATED_POSTS_FILE), json);
  }
  return root;
}

describe('readGeneratedPosts', () => {
  it('reads the posts contentlayer2 wrote, with the schema fields it keeps in one object back at the top', () => {
    const root = siteWith(JSON.stringify([{ fields: { title: 'One', date: '2024-01-01T00:00:00.000Z' }, excerpt: 'First words.', _raw: { sourceFilePath: 'posts/one.md' } }]));
    const [post] = readGeneratedPosts(root);
    assert.deepEqual([post?.title, post?.date, post?.excerpt, post?._raw.sourceFilePath], ['One', '2024-01-01T00:00:00.000Z', 'First words.', 'posts/one.md']);
    assert.equal(Object.hasOwn(post ?? {}, 'fields'), false);
    fs.rmSync(root, { recursive: true });
  });

  it('says to run the content step when nothing was generated', () => {
    const root = siteWith(undefined);
    assert.throws(() => readGeneratedPosts(root), /run `npm run content`/);
    assert.equal(generatedPostsVersion(root), 0);
    fs.rmSync(root, { recursive: true });
  });

  it('reports a new version when contentlayer2 rewrites the file', () => {
    const root = siteWith('[]');
    const file = path.join(root, GENERATED_POSTS_FILE);
    fs.utimesSync(file, new Date('2024-01-01'), new Date('2024-01-01'));
    const before = generatedPostsVersion(root);
    fs.writeFileSync(file, '[{"title":"Two"}]');
    assert.notEqual(generatedPostsVersion(root), before);
    fs.rmSync(root, { recursive: true });
  });
});

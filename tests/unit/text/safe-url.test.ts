import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPosts } from '../../../lib/check';
import type { PostDocument } from '../../../lib/content/schema';
import { createContentStore } from '../../../lib/content/store';
import { isSafeFrontmatterUrl } from '../../../lib/text/safe-url';
import { sourceDoc } from '../../support/source-doc';

const SAFE = ['https://example.com/original', 'http://example.com/a?b=c#d', '/posts/elsewhere', '/'];
const UNSAFE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/x',
  '/\\evil.example/x',
  'https:evil.example',
  'ftp://example.com/file',
  'java\tscript:alert(1)',
  'posts/relative',
  '',
];

describe('isSafeFrontmatterUrl', () => {
  it('accepts http(s) URLs and site paths', () => {
    for (const url of SAFE) assert.equal(isSafeFrontmatterUrl(url), true, url);
  });
  it('rejects script, data and protocol-relative URLs in any spelling', () => {
    for (const url of UNSAFE) assert.equal(isSafeFrontmatterUrl(url), false, JSON.stringify(url));
  });
});

function post(canonical: string): string {
  return `---\ntitle: "A post"\ndate: 2024-01-01\ntags: plasma\ncanonical: ${JSON.stringify(canonical)}\n---\n\nBody text.\n`;
}

describe('canonical frontmatter', () => {
  it('content:check reports an unsafe canonical URL with its line', () => {
    const problems = checkPosts([{ path: 'content/posts/a-post.md', bytes: new TextEncoder().encode(post('//evil.example/x')) }]);
    const problem = problems.find((entry) => entry.message.includes('canonical'));
    assert.ok(problem, JSON.stringify(problems));
    assert.equal(problem.severity, 'error');
    assert.equal(problem.line, 5);
  });

  it('content:check accepts a safe one', () => {
    const problems = checkPosts([{ path: 'content/posts/a-post.md', bytes: new TextEncoder().encode(post('https://example.com/a')) }]);
    assert.equal(problems.filter((entry) => entry.message.includes('canonical')).length, 0);
  });

  it('the content store never hands an unsafe canonical URL to a page', () => {
    const doc = (slug: string, canonical: string): PostDocument => sourceDoc(slug, { slug, canonical });
    const store = createContentStore([doc('bad', 'javascript:alert(1)'), doc('good', 'https://example.com/a')], 'production');
    assert.equal(store.getPostBySlug('bad')?.canonical, undefined);
    assert.equal(store.getPostBySlug('good')?.canonical, 'https://example.com/a');
  });
});

/**
 * `npm run new -- "My post title" [--tags "a, b"] [--folder]`: a new post, `content/posts/<slug>.md` (or
 * `<slug>/index.md` with `--folder`, for images beside it), dated now in this machine's zone as written, a
 * draft until its author publishes it. Never writes over a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { tagSlug } from '../lib/content/tags';

/** The date-time `now` as its author's clock shows it, with its offset: `2026-12-07T17:05:00+01:00`. */
export function localDateTime(now: Date): string {
  const offset = -now.getTimezoneOffset();
  const local = new Date(now.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A new post's file (relative to the project) and its text; undefined for a title that gives no address. */
export function newPost(title: string, options: { tags?: string; folder?: boolean; now?: Date } = {}): { file: string; text: string } | undefined {
  const slug = tagSlug(title);
  if (slug === '') return undefined;
  const tags = (options.tags ?? '').split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
  const text = [
    '---',
    `title: ${JSON.stringify(title.trim())}`,
    `date: ${localDateTime(options.now ?? new Date())}`,
    `tags: ${JSON.stringify(tags)}`,
    '# Shown only in `npm run dev` until you remove this line (or write false).',
    'draft: true',
    '---',
    '',
    `Write the post here, in Markdown.${options.folder ? ' Put its images in this folder and show one with `![What it shows](./photo.jpg)`.' : ''}`,
    '',
  ].join('\n');
  return { file: path.join('content', 'posts', ...(options.folder ? [slug, 'index.md'] : [`${slug}.md`])), text };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { tags: { type: 'string' }, folder: { type: 'boolean', default: false } } });
  const title = positionals.join(' ').trim();
  const post = title === '' ? undefined : newPost(title, values);
  if (!post) {
    console.error('Usage: npm run new -- "My post title" [--tags "a, b"] [--folder]   (a title with letters or digits)');
    process.exit(2);
  }
  if (fs.existsSync(post.file)) {
    console.error(`new: ${post.file} is there already: not written over. Give the post another title.`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(post.file), { recursive: true });
  fs.writeFileSync(post.file, post.text);
  console.log(`new: wrote ${post.file}, a draft. \`npm run dev\` shows it at /posts/${tagSlug(title)}.`);
}

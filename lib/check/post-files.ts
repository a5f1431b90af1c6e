import fs from 'node:fs';
import path from 'node:path';
import { POST_FILE } from '../content/schema';

/** What the build does with a file under `content/posts/`. */
export type PostFileKind =
  | { kind: 'post' }
  /** Beside posts on purpose (images a post links), or an editor/OS file: not content */
  | { kind: 'asset' }
  | { kind: 'ignored'; message: string; fix: string };

const ASSET = /\.(?:jpe?g|png|svg|gif|webp|avif)$/i;
const PLAIN_TEXT = /\.(?:txt|text)$/i;

/** Posts end in `.md`, `.mdx` or another Markdown extension, in lower case: contentlayer's patterns are case-sensitive. */
export function classifyPostFile(name: string): PostFileKind {
  if (POST_FILE.test(name)) return { kind: 'post' };
  if (ASSET.test(name) || name.startsWith('.')) return { kind: 'asset' };
  const base = name.replace(/\.[^.]*$/, '');
  if (/\.mdx$/i.test(name)) {
    return { kind: 'ignored', message: 'Only files ending in `.mdx` (lower case) are MDX posts: this file is not built.', fix: `Rename it to ${base}.mdx.` };
  }
  const extension = name.slice(base.length).toLowerCase();
  if (POST_FILE.test(extension) || PLAIN_TEXT.test(name)) {
    return {
      kind: 'ignored',
      message: 'Only files ending in `.md` or another Markdown extension in lower case (`.markdown`, …) are posts: this file is not built.',
      fix: `Rename it to ${base}${POST_FILE.test(extension) ? extension : '.md'}.`,
    };
  }
  return {
    kind: 'ignored',
    message: 'This file is not a post (posts end in `.md`, `.markdown` or `.mdx`), and no post links it: it is not published.',
    fix: `Link it from a post beside it (e.g. [the file](./${name})), move it out of content/posts/, or rename it to .md if it is a post.`,
  };
}

/** Every file under `dir`, sorted, as paths relative to `root`. */
export function listFiles(dir: string, root: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** An error for every file the build would not read, so no post is dropped without a word. */
export function unreadFileProblems(files: readonly string[]): { file: string; line: number; severity: 'error'; message: string; fix: string }[] {
  return files.flatMap((file) => {
    const kind = classifyPostFile(path.basename(file));
    return kind.kind === 'ignored' ? [{ file, line: 1, severity: 'error' as const, message: kind.message, fix: kind.fix }] : [];
  });
}

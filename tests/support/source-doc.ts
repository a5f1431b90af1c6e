import { normaliseFields, type PostDocument } from '../../lib/content/schema';

/** Frontmatter as an author writes it, plus the content step's computed fields a test may set. */
export type RawDoc = Record<string, unknown> & Partial<Pick<PostDocument, 'excerpt' | 'toc' | 'body'>>;

/** A generated document, normalised by the schema exactly as the content step does for a real post. */
export function sourceDoc(file: string, raw: RawDoc = {}): PostDocument {
  const sourceFilePath = `posts/${file}.md`;
  const fields = normaliseFields({ title: `Title of ${file}`, date: '2024-01-01T00:00:00.000Z', ...raw }, sourceFilePath);
  return {
    ...fields,
    excerpt: raw.excerpt ?? `Excerpt of ${file}`,
    readingMinutes: 2,
    wordCount: 300,
    toc: raw.toc ?? [],
    body: raw.body ?? { html: `<p>${file}</p>` },
    _raw: { sourceFilePath, sourceFileName: `${file}.md` },
  };
}

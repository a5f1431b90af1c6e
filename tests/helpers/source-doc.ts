import type { SourceDocument } from '../../lib/content-store';

/** A hand-made generated document, as contentlayer would give the content store. */
export function sourceDoc(file: string, overrides: Partial<SourceDocument> = {}): SourceDocument {
  return {
    title: `Title of ${file}`,
    date: '2024-01-01T00:00:00.000Z',
    excerpt: `Excerpt of ${file}`,
    readingMinutes: 2,
    wordCount: 300,
    body: { html: `<p>${file}</p>` },
    _raw: { sourceFilePath: `posts/${file}.md`, sourceFileName: `${file}.md` },
    ...overrides,
  };
}

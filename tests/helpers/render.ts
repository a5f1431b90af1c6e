import { unified } from 'unified';
import { VFile } from 'vfile';
import { configureMarkdown } from '../../lib/markdown/pipeline';

/** Renders a whole post file the way contentlayer does: frontmatter included, source name in vfile data. */
export async function renderPost(markdown: string, sourceFileName = 'test-post.md'): Promise<string> {
  const processor = unified();
  configureMarkdown(processor as never);
  const file = new VFile({ value: markdown, data: { rawDocumentData: { sourceFileName } } });
  return String(await processor.process(file));
}

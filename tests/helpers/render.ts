import { unified } from 'unified';
import { VFile } from 'vfile';
import { configureMarkdown } from '../../lib/markdown/pipeline';

/** The site's real Markdown pipeline, as contentlayer builds it. */
export function markdownProcessor(options: { images?: boolean; root?: string } = {}) {
  const processor = unified();
  configureMarkdown(processor as never, options);
  return processor;
}

/** Renders a whole post file the way contentlayer does: frontmatter included, source name in vfile data. */
export async function renderPost(markdown: string, sourceFileName = 'test-post.md'): Promise<string> {
  const file = new VFile({ value: markdown, data: { rawDocumentData: { sourceFileName, sourceFilePath: `posts/${sourceFileName}` } } });
  return String(await markdownProcessor().process(file));
}

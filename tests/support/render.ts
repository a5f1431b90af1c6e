import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { configureMarkdown } from '../../lib/markdown/pipeline';

/** The site's real Markdown pipeline, as contentlayer builds it. */
export function markdownProcessor(options: { images?: boolean; root?: string } = {}) {
  const processor = unified();
  configureMarkdown(processor as never, options);
  return processor;
}

/**
 * Renders a whole post file the way contentlayer does (frontmatter included, source name in vfile
 * data), returning the HTML and the final HTML tree.
 */
export async function renderTree(
  markdown: string,
  sourceFileName = 'test-post.md',
  options: { images?: boolean } = {},
): Promise<{ html: string; tree: Root }> {
  const pipeline = markdownProcessor(options);
  const file = new VFile({ value: markdown, path: sourceFileName, data: { rawDocumentData: { sourceFileName, sourceFilePath: `posts/${sourceFileName}` } } });
  const tree = (await pipeline.run(pipeline.parse(file), file)) as Root;
  return { html: String(pipeline.stringify(tree, file)), tree };
}

/** The HTML of a whole post file, as contentlayer renders it. */
export async function renderPost(markdown: string, sourceFileName = 'test-post.md'): Promise<string> {
  return (await renderTree(markdown, sourceFileName)).html;
}

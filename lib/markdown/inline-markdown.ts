import type { PhrasingContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * A line of text (an image's title made a figure's caption) as inline Markdown, or undefined when it
 * reads as more than a line of text (`# 1`, `- a`): its links and emphasis, as Hugo's `figure` and
 * Minimal Mistakes' include render their captions. Positions are the text's own.
 */
export function inlineMarkdown(text: string): PhrasingContent[] | undefined {
  const [only, ...rest] = unified().use(remarkParse).use(remarkGfm).parse(text).children;
  return only?.type === 'paragraph' && rest.length === 0 ? only.children : undefined;
}

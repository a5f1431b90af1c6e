import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkDollarText } from '../markdown/math';

/** A `.md` body parsed once for every check that reads its tree (the parse was most of the check's time). */
export interface ParsedBody {
  file: VFile;
  tree: Root;
}

/**
 * Parses a `.md` body with the syntax the content step reads (lib/markdown/pipeline.ts): GFM, math and
 * literal dollars, so a link or image inside a formula is checked as what the build makes of it.
 */
export function parseBody(body: string): ParsedBody {
  const file = new VFile({ value: body });
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkDollarText);
  return { file, tree: processor.runSync(processor.parse(file), file) as Root };
}

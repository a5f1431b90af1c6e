import { TocList } from '../TableOfContents';
import type { TocEntry } from '../../lib/markdown/toc';

/** The post's table of contents inside its text (`<TOC />`); the headings come from lib/markdown/mdx.ts. */
export function InlineToc({ entries = [] }: { entries?: readonly TocEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <nav aria-label="Contents of this post" className="mdx-toc not-prose" data-pagefind-ignore>
      <TocList entries={entries} />
    </nav>
  );
}

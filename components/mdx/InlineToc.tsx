import { TocList } from '../TableOfContents';
import { selectToc, type TocEntry, type TocSelection } from '../../lib/markdown/toc';

/**
 * The post's table of contents inside its text (`<TOC />`, `<TOCInline toHeading={2} exclude="Overview" />`);
 * the headings come from lib/markdown/mdx.ts. `asDisclosure` folds it into a <details>, as the starter does.
 */
export function InlineToc({ entries = [], asDisclosure, ...selection }: TocSelection & { entries?: readonly TocEntry[]; asDisclosure?: boolean }) {
  const shown = selectToc(entries, selection);
  if (shown.length === 0) return null;
  const list = <TocList entries={shown} />;
  return (
    <nav aria-label="Contents of this post" className="mdx-toc not-prose" data-pagefind-ignore>
      {asDisclosure ? (
        <details className="mdx-details">
          <summary>Table of Contents</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}

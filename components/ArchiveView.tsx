import { ArchiveFilter } from '@/components/ArchiveFilter';
import { ArchiveGroups, postCount } from '@/components/ArchiveGroups';
import { Pager } from '@/components/Pager';
import type { Page } from '@/lib/content/pagination';
import type { ArchiveYear, PostSummary, TagWithCount } from '@/lib/content/types';

/**
 * One page of the archive, grouped by year and month; a group split across pages shows on each
 * with its whole count. The tag filter fetches per-tag lists, so its results span every page.
 */
export function ArchiveView({ page, tags }: { page: Page<PostSummary> & { years: ArchiveYear[] }; tags: TagWithCount[] }) {
  return (
    <ArchiveFilter
      tags={tags}
      title={page.page === 1 ? 'Archive' : `Archive, page ${page.page}`}
      intro={
        <>
          {postCount(page.total)}, newest first{page.totalPages > 1 && ` (page ${page.page} of ${page.totalPages})`}.
        </>
      }
    >
      <ArchiveGroups years={page.years} />
      <Pager page={page} label="Pages of the archive" />
    </ArchiveFilter>
  );
}

import Link from 'next/link';
import { ArchiveFilter } from '@/components/ArchiveFilter';
import { DateTime } from '@/components/DateTime';
import { PageHeading } from '@/components/PageHeading';
import { Pager } from '@/components/Pager';
import { formatMonth } from '@/lib/content/dates';
import type { Page } from '@/lib/content/pagination';
import type { ArchiveYear, PostSummary, TagWithCount } from '@/lib/content/types';

const plural = (count: number) => (count === 1 ? '1 post' : `${count} posts`);

/**
 * One page of the archive, grouped by year and month; a group split across pages shows on each
 * with its whole count. The tag filter fetches per-tag lists, so its results span every page.
 */
export function ArchiveView({ page, tags }: { page: Page<PostSummary> & { years: ArchiveYear[] }; tags: TagWithCount[] }) {
  return (
    <>
      <PageHeading title={page.page === 1 ? 'Archive' : `Archive, page ${page.page}`}>
        {plural(page.total)}, newest first{page.totalPages > 1 && ` (page ${page.page} of ${page.totalPages})`}.
      </PageHeading>
      <ArchiveFilter tags={tags}>
        <div className="flex flex-col gap-10">
          {page.years.map((year) => (
            <section key={year.year} aria-labelledby={`year-${year.year}`}>
              <h2 id={`year-${year.year}`} className="text-2xl font-bold text-stone-900 dark:text-stone-50">
                {year.year} <span className="text-base font-normal text-stone-600 dark:text-stone-400">({plural(year.count)})</span>
              </h2>
              {year.months.map((month) => (
                <section key={month.month} aria-labelledby={`month-${year.year}-${month.month}`} className="mt-4">
                  <h3 id={`month-${year.year}-${month.month}`} className="font-semibold text-stone-800 dark:text-stone-200">
                    {formatMonth(month.month)}{' '}
                    <span className="font-normal text-stone-600 dark:text-stone-400">({plural(month.count)})</span>
                  </h3>
                  <ul className="mt-2 divide-y divide-stone-200 dark:divide-stone-800">
                    {month.posts.map((post) => (
                      <li key={post.slug} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:gap-4">
                        <DateTime iso={post.date} className="w-36 shrink-0 text-sm text-stone-600 dark:text-stone-400" />
                        <Link
                          href={post.url}
                          className="font-medium text-stone-900 hover:text-teal-800 dark:text-stone-100 dark:hover:text-teal-200"
                        >
                          {post.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          ))}
        </div>
        <Pager page={page} label="Pages of the archive" />
      </ArchiveFilter>
    </>
  );
}

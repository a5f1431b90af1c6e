import { PageLink } from './PageLink';
import type { YearGroup } from '@/lib/browser/archive-groups';
import { formatMonth } from '@/lib/content/dates';
import { DateTime } from './DateTime';

export const postCount = (count: number) => (count === 1 ? '1 post' : `${count} posts`);

/** Posts under year and month headings: the archive's pages, and the same shape while filtering. */
export function ArchiveGroups({ years }: { years: readonly YearGroup<{ slug: string; url: string; title: string; date: string }>[] }) {
  return (
    <div className="flex flex-col gap-10">
      {years.map((year) => (
        <section key={year.year} aria-labelledby={`year-${year.year}`}>
          <h2 id={`year-${year.year}`} className="text-2xl font-bold text-ink">
            {year.year} <span className="text-base font-normal text-muted">({postCount(year.count)})</span>
          </h2>
          {year.months.map((month) => (
            <section key={month.month} aria-labelledby={`month-${year.year}-${month.month}`} className="mt-4">
              <h3 id={`month-${year.year}-${month.month}`} className="font-semibold text-strong">
                {formatMonth(month.month)} <span className="font-normal text-muted">({postCount(month.count)})</span>
              </h3>
              <ul className="mt-2">
                {month.posts.map((post) => (
                  <li key={post.slug} className="archive-row">
                    <DateTime iso={post.date} className="archive-date" />
                    <PageLink
                      href={post.url}
                      className="archive-link"
                    >
                      {post.title}
                    </PageLink>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

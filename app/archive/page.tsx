import type { Metadata } from 'next';
import Link from 'next/link';
import { ArchiveFilter } from '@/components/ArchiveFilter';
import { DateTime } from '@/components/DateTime';
import { PageHeading } from '@/components/PageHeading';
import { formatMonth } from '@/lib/format-date';
import { pageMetadata } from '@/lib/metadata';
import { getAllTags, getArchive, getPublishedPosts } from '@/lib/posts';

export const metadata: Metadata = pageMetadata({ title: 'Archive', description: 'Every post, by year and month.', path: '/archive' });

const plural = (count: number) => (count === 1 ? '1 post' : `${count} posts`);

export default function ArchivePage() {
  const archive = getArchive();
  const total = getPublishedPosts().length;
  return (
    <>
      <PageHeading title="Archive">{plural(total)}, newest first.</PageHeading>
      <ArchiveFilter tags={getAllTags()}>
        <div className="flex flex-col gap-10">
          {archive.map((year) => (
            <section key={year.year} aria-labelledby={`year-${year.year}`}>
              <h2 id={`year-${year.year}`} className="text-2xl font-bold text-stone-900 dark:text-stone-50">
                {year.year} <span className="text-base font-normal text-stone-600 dark:text-stone-400">({plural(year.count)})</span>
              </h2>
              {year.months.map((month) => (
                <section key={month.month} aria-labelledby={`month-${year.year}-${month.month}`} className="mt-4">
                  <h3 id={`month-${year.year}-${month.month}`} className="font-semibold text-stone-800 dark:text-stone-200">
                    {formatMonth(month.month)}{' '}
                    <span className="font-normal text-stone-600 dark:text-stone-400">({plural(month.posts.length)})</span>
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
      </ArchiveFilter>
    </>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/seo/metadata';

// No canonical: a 404 is not a page to index.
export const metadata: Metadata = pageMetadata({ title: 'Page not found', noindex: true });

export default function NotFound() {
  return (
    <div className="flex flex-col items-start gap-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-widest text-teal-800 dark:text-teal-200">Error 404</p>
      <PageHeading title="This page does not exist">
        The link may be old, or the address mistyped. These pages lead to every post:
      </PageHeading>
      <ul className="flex flex-wrap gap-4 font-medium text-teal-800 underline dark:text-teal-200">
        <li>
          <Link href="/">Latest posts</Link>
        </li>
        <li>
          <Link href="/tags">All tags</Link>
        </li>
        <li>
          <Link href="/archive">Archive</Link>
        </li>
      </ul>
    </div>
  );
}

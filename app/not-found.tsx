import type { Metadata } from 'next';
import { PageLink } from '@/components/PageLink';
import { PageHeading } from '@/components/PageHeading';
import { pageMetadata } from '@/lib/seo/metadata';

// No canonical: a 404 is not a page to index.
export const metadata: Metadata = pageMetadata({ title: 'Page not found', noindex: true });

export default function NotFound() {
  return (
    <div className="flex flex-col items-start gap-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-widest text-accent">Error 404</p>
      <PageHeading title="This page does not exist">
        The link may be old, or the address mistyped. These pages lead to every post:
      </PageHeading>
      <ul className="flex flex-wrap gap-4 font-medium text-accent underline">
        <li>
          <PageLink href="/">Latest posts</PageLink>
        </li>
        <li>
          <PageLink href="/tags">All tags</PageLink>
        </li>
        <li>
          <PageLink href="/archive">Archive</PageLink>
        </li>
      </ul>
    </div>
  );
}

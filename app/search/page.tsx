import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { SearchResults } from '@/components/SearchResults';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search every post by title, summary, tag and text.',
  // Indexable, with one canonical: every `?q=` address is the same static page until scripts run.
  path: '/search',
});

// Static: the query is read in the browser, so the page works in a static export too.
export default function SearchPage() {
  return (
    <>
      <PageHeading title="Search" />
      <noscript>
        <p>Search needs JavaScript. Browse the tags or the archive instead.</p>
      </noscript>
      <SearchResults />
    </>
  );
}

import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { SearchResults } from '@/components/SearchResults';

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every post by title, summary, tag and text.',
  robots: { index: false },
};

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

import type { Metadata } from 'next';
import { PageHeading } from '@/components/PageHeading';
import { TagChip } from '@/components/TagLinks';
import { pageMetadata } from '@/lib/seo/metadata';
import { getAllTags } from '@/lib/content';

export const metadata: Metadata = pageMetadata({
  title: 'Tags',
  description: 'Every topic on the site, with its number of posts.',
  path: '/tags',
});

export default function TagsPage() {
  const tags = getAllTags();
  return (
    <>
      <PageHeading title="Tags">{tags.length} topics</PageHeading>
      <ul className="flex flex-wrap gap-3" aria-label="All tags">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <TagChip tag={tag} count={tag.count} />
          </li>
        ))}
      </ul>
    </>
  );
}

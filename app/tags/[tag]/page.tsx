import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { JsonLd } from '@/components/JsonLd';
import { PageHeading } from '@/components/PageHeading';
import { PostList } from '@/components/PostCard';
import { pageMetadata } from '@/lib/metadata';
import { getAllTags, getPostsByTag, getTag } from '@/lib/posts';
import { breadcrumbJsonLd } from '@/lib/structured-data';
import { tagPath } from '@/lib/tags';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return pageMetadata({
    title: `Posts tagged “${tag.label}”`,
    description: `${tag.count === 1 ? '1 post' : `${tag.count} posts`} about ${tag.label}.`,
    path: tagPath(tag.slug),
    tagFeed: tag,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  const posts = getPostsByTag(tag.slug);
  const trail = [
    { name: 'Home', path: '/' },
    { name: 'Tags', path: '/tags' },
    { name: tag.label, path: tagPath(tag.slug) },
  ];
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(trail)} />
      <PageHeading title={<>Posts tagged “{tag.label}”</>}>
        {tag.count === 1 ? '1 post' : `${tag.count} posts`} ·{' '}
        <Link href="/tags" className="underline">
          all tags
        </Link>
      </PageHeading>
      <PostList posts={posts} />
    </>
  );
}

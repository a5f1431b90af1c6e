import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/PageHeading';
import { PostList } from '@/components/PostCard';
import { getAllTags, getPostsByTag, getTag } from '@/lib/posts';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAllTags().map((tag) => ({ tag: tag.slug }));
}

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = getTag((await params).tag);
  if (!tag) return {};
  return { title: `Posts tagged “${tag.label}”`, description: `${tag.count} posts about ${tag.label}.` };
}

export default async function TagPage({ params }: Props) {
  const tag = getTag((await params).tag);
  if (!tag) notFound();
  const posts = getPostsByTag(tag.slug);
  return (
    <>
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

import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/PageHeading';
import { PostList } from '@/components/PostCard';
import { pageMetadata } from '@/lib/metadata';
import { HOME_POST_COUNT } from '@/lib/pagination';
import { getPublishedPosts } from '@/lib/posts';
import { site } from '@/lib/site';

export const metadata: Metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const posts = getPublishedPosts();
  const latest = posts.slice(0, HOME_POST_COUNT);
  return (
    <>
      <PageHeading title="Latest posts">{site.description}</PageHeading>
      {latest.length === 0 ? (
        <p>No posts yet.</p>
      ) : (
        <PostList posts={latest} />
      )}
      {posts.length > latest.length && (
        <p className="mt-8">
          <Link href="/archive" className="font-medium text-teal-800 underline dark:text-teal-200">
            All {posts.length} posts in the archive →
          </Link>
        </p>
      )}
    </>
  );
}

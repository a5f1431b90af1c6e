import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeView } from '@/components/HomeView';
import { laterPageParams, parsePageParam } from '@/lib/pagination';
import { getPostsPage, getPublishedPosts } from '@/lib/posts';

// Page 1 is `/`; `/page/1` and pages past the last are 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return laterPageParams(getPublishedPosts().length);
}

type Props = { params: Promise<{ page: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Posts, page ${(await params).page}` };
}

export default async function PostsPage({ params }: Props) {
  const number = parsePageParam((await params).page);
  const page = number === undefined ? undefined : getPostsPage(number);
  if (!page) notFound();
  return <HomeView page={page} />;
}

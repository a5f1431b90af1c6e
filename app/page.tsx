import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HomeView } from '@/components/HomeView';
import { pageMetadata } from '@/lib/seo/metadata';
import { getPostsPage } from '@/lib/content';

export const metadata: Metadata = pageMetadata({ path: '/' });

export default function HomePage() {
  const page = getPostsPage(1);
  if (!page) notFound();
  return <HomeView page={page} />;
}

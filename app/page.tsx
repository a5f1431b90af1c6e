import { notFound } from 'next/navigation';
import { HomeView } from '@/components/HomeView';
import { getPostsPage } from '@/lib/posts';

export default function HomePage() {
  const page = getPostsPage(1);
  if (!page) notFound();
  return <HomeView page={page} />;
}

import { notFound } from 'next/navigation';
import { formatDate } from '@/lib/content/dates';
import { getPostBySlug, getPublishedPosts } from '@/lib/content';
import { shareImageResponse } from '@/lib/seo/share-image';
import { staticParams } from '@/lib/content/static-params';
import { routeParam } from '@/lib/site/route-param';

// One share card per post, rendered at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParams(() => getPublishedPosts().map((post) => ({ slug: post.slug })));

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const post = getPostBySlug(routeParam((await params).slug));
  if (!post) notFound();
  return shareImageResponse({ title: post.title, subtitle: formatDate(post.date) });
}

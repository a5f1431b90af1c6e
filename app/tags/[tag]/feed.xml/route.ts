import { notFound } from 'next/navigation';
import { FEED_ITEM_LIMIT } from '@/lib/seo/feeds';
import { buildFeed, feedResponse } from '@/lib/seo/feeds';
import { getAllTags, getLatestPosts, getTag } from '@/lib/content';
import { staticParams } from '@/lib/content/static-params';
import { routeParam } from '@/lib/site/route-param';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = staticParams(() => getAllTags().map((tag) => ({ tag: tag.slug })));

export async function GET(_request: Request, { params }: { params: Promise<{ tag: string }> }) {
  const tag = getTag(routeParam((await params).tag));
  if (!tag) notFound();
  return feedResponse(buildFeed(getLatestPosts(FEED_ITEM_LIMIT, tag.slug), { kind: 'tag', tag }), 'rss');
}
